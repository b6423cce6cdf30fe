package id.zonaintegritas.directory.web;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;

import id.zonaintegritas.declaration.DeclarationDetails;
import id.zonaintegritas.declaration.DeclarationDraft;
import id.zonaintegritas.declaration.DeclarationService;
import id.zonaintegritas.declaration.PressLink;
import id.zonaintegritas.declaration.Witness;
import id.zonaintegritas.declaration.WitnessKind;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.Predicate;
import id.zonaintegritas.shared.ProgrammeDates;
import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static id.zonaintegritas.support.HtmlValidator.assertValidHtml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A unit's public page tells its road in the order it happened, shows where it stands
 * among the five stages, and never puts a unit that has not declared "at pencanangan".
 */
@PortalIntegrationTest
class UnitPageTimelineTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DeclarationService declarations;

	@Test
	void theTimelineIsInDateOrderWithDesignationsAndRevocationsWhereTheyHappened() throws Exception {
		String html = page("/direktori/disdukcapil-kabupaten-serang");

		int declared = html.indexOf("15 September 2020");
		int building = html.indexOf("25 September 2020");
		int proposed2022 = html.indexOf("diusulkan pimpinan instansi");
		int designated = html.indexOf("Ditetapkan WBK dengan SK MenPAN-RB (data demo) Nomor DEMO/WBK/2022/207");
		int revoked = html.indexOf("Predikat WBK dicabut");
		int lhe = html.indexOf("LHE-700/" + Year.now(ProgrammeDates.WIB).getValue());
		assertThat(declared).isPositive();
		assertThat(building).isGreaterThan(declared);
		assertThat(proposed2022).isGreaterThan(building);
		assertThat(designated).as("a 2022 decree among the 2022 events, before 2024").isGreaterThan(proposed2022);
		assertThat(revoked).isGreaterThan(designated);
		assertThat(html.indexOf("Berkas SK pencabutan")).isGreaterThan(revoked);
		assertThat(lhe).as("this year's LHE is not a public event").isNegative();
	}

	@Test
	void whatStaffEnterForThePublicIsOnThePublicPage() throws Exception {
		long unit = TestData.newWorkUnit(this.jdbc, "BPS");
		Actor staff = TestData.staffOf(this.jdbc, unit);
		this.declarations.saveDraft(unit, new DeclarationDraft(
				new DeclarationDetails(LocalDate.of(2025, 2, 3), "Aula Kantor", "Kepala Unit", "Kepala", Predicate.WBK,
						"Pencanangan dihadiri seluruh pegawai.\nDilanjutkan penandatanganan pakta integritas.",
						"PermenPAN-RB Nomor 90 Tahun 2021"),
				List.of(new Witness(WitnessKind.OMBUDSMAN, "Ombudsman RI", "Perwakilan", null)),
				List.of(new PressLink("https://berita.example/pencanangan-zi", "Unit mencanangkan ZI")), List.of()),
				staff);
		this.declarations.submit(unit, staff);
		String slug = this.jdbc.queryForObject("select slug from work_unit where id = ?", String.class, unit);

		String html = page("/direktori/" + slug);

		assertThat(html)
			.contains("Pencanangan dihadiri seluruh pegawai.\nDilanjutkan penandatanganan pakta integritas.")
			.contains("Dasar hukum:")
			.contains("PermenPAN-RB Nomor 90 Tahun 2021")
			.contains("Liputan media:")
			.contains("href=\"https://berita.example/pencanangan-zi\"")
			.contains("Unit mencanangkan ZI");
	}

	@Test
	void theStepperMarksTheCurrentStageAndWhatIsDone() throws Exception {
		String html = page("/direktori/bps-provinsi-sumatera-selatan");

		assertThat(html).contains("class=\"stepper\"")
			.containsPattern(
					"<li class=\"step-current\" aria-current=\"step\">\\s*<span class=\"step-number\">4</span>")
			.containsPattern("<li class=\"step-done\">\\s*<span class=\"step-number\">3</span>")
			.containsPattern("<li class=\"step-todo\">\\s*<span class=\"step-number\">5</span>");
	}

	@Test
	void aUnitThatHasNotDeclaredIsNotDeclaredYetNotAtPencanangan() throws Exception {
		long unit = TestData.newWorkUnit(this.jdbc, "BPS");
		String slug = this.jdbc.queryForObject("select slug from work_unit where id = ?", String.class, unit);

		String html = page("/direktori/" + slug);

		assertThat(html).contains("Belum mencanangkan").doesNotContain("class=\"stepper\"");
		assertThat(html).doesNotContain("<span class=\"stage-badge\">Pencanangan</span>");
	}

	private String page(String path) throws Exception {
		String html = this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertValidHtml(html);
		return html;
	}

}
