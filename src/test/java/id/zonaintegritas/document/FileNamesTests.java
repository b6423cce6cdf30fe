package id.zonaintegritas.document;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTests {

	static final String PDF = "application/pdf";

	@Test
	void keepsOnlyTheLastPathSegment() {
		assertThat(FileNames.clean("/etc/passwd", PDF)).isEqualTo("passwd.pdf");
		assertThat(FileNames.clean("..\\..\\laporan.pdf", PDF)).isEqualTo("laporan.pdf");
	}

	@Test
	void replacesMarkupAndControlCharacters() {
		assertThat(FileNames.clean("a<img src=x>\u0007.png", "image/png")).isEqualTo("a_img src=x__.png");
	}

	@Test
	void theExtensionFollowsTheDetectedContent() {
		assertThat(FileNames.clean("laporan.html", PDF)).isEqualTo("laporan.html.pdf");
		assertThat(FileNames.clean("foto.JPEG", "image/jpeg")).isEqualTo("foto.JPEG");
		assertThat(FileNames.clean("foto.png", "image/jpeg")).isEqualTo("foto.png.jpg");
		assertThat(FileNames.clean("piagam", PDF)).isEqualTo("piagam.pdf");
	}

	@Test
	void removesBidiOverridesThatDisguiseAnExtension() {
		// "laporan\u202Efdp.exe" shows as "laporanexe.pdf" in a right-to-left override.
		String clean = FileNames.clean("laporan\u202Efdp.exe", PDF);

		assertThat(clean).isEqualTo("laporanfdp.exe.pdf").doesNotContain("\u202E");
	}

	@Test
	void givesANameWhereNoneIsLeft() {
		assertThat(FileNames.clean("...", PDF)).isEqualTo("dokumen.pdf");
		assertThat(FileNames.clean(null, "image/jpeg")).isEqualTo("dokumen.jpg");
	}

	@Test
	void shortensLongNamesButKeepsTheExtension() {
		String clean = FileNames.clean("x".repeat(500) + ".pdf", PDF);

		assertThat(clean).hasSize(FileNames.MAX_LENGTH).endsWith(".pdf");
	}

}
