package id.zonaintegritas.directory.web;

import java.util.List;

import id.zonaintegritas.institution.InstitutionChoice;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InstitutionOptionsTests {

	@Test
	void namesAreEscapedAndTheChosenInstitutionIsSelected() {
		String html = InstitutionOptions
			.html(List.of(new InstitutionChoice(7, "Badan \"Uji\" & <script>alert(1)</script>"),
					new InstitutionChoice(9, "Kementerian Keuangan")), 9L);

		assertThat(html).isEqualTo("""
				<option value="7">Badan &quot;Uji&quot; &amp; &lt;script&gt;alert(1)&lt;/script&gt;</option>
				<option value="9" selected>Kementerian Keuangan</option>
				""");
	}

	@Test
	void nothingIsSelectedWithoutAChoice() {
		assertThat(InstitutionOptions.html(List.of(new InstitutionChoice(7, "BPS")), null))
			.isEqualTo("<option value=\"7\">BPS</option>\n");
	}

}
