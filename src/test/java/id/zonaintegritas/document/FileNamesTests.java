package id.zonaintegritas.document;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTests {

	@Test
	void keepsOnlyTheLastPathSegment() {
		assertThat(FileNames.clean("/etc/passwd", "pdf")).isEqualTo("passwd");
		assertThat(FileNames.clean("..\\..\\boot.ini", "pdf")).isEqualTo("boot.ini");
	}

	@Test
	void replacesMarkupAndControlCharacters() {
		assertThat(FileNames.clean("a<img src=x>\u0007.png", "png")).isEqualTo("a_img src=x__.png");
	}

	@Test
	void givesANameWhereNoneIsLeft() {
		assertThat(FileNames.clean("...", "pdf")).isEqualTo("dokumen.pdf");
		assertThat(FileNames.clean(null, "jpg")).isEqualTo("dokumen.jpg");
	}

	@Test
	void shortensLongNamesButKeepsTheExtension() {
		String clean = FileNames.clean("x".repeat(500) + ".pdf", "pdf");

		assertThat(clean).hasSize(FileNames.MAX_LENGTH).endsWith(".pdf");
	}

}
