package id.zonaintegritas.period.web;

import java.time.Year;

import id.zonaintegritas.shared.ProgrammeDates;
import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.Sessions;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static id.zonaintegritas.support.HtmlValidator.assertValidHtml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The national administrator sets the periods; every workspace shows where this one
 * stands.
 */
@PortalIntegrationTest
class AdminPeriodPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	Cookie admin;

	@BeforeEach
	void logIn() throws Exception {
		this.admin = Sessions.logIn(this.mvc, "admin");
	}

	@Test
	void datesThatBreakTheCalendarComeBackBesideTheirFieldsWithWhatWasTypedAndNothingIsStored() throws Exception {
		int year = 2030 + (int) (System.nanoTime() % 20);
		this.jdbc.update("delete from programme_period where year = ?", year);

		MockHttpServletResponse response = this.mvc.perform(usualPeriod(year, year + "-11-01").cookie(this.admin))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(422);
		String html = response.getContentAsString();
		assertThat(html).contains("Periksa kembali isian berikut")
			.contains("id=\"designationOn-error\"")
			.contains("Penetapan harus pada atau sesudah evaluasi TPN ditutup.")
			.contains("value=\"" + year + "-11-01\"")
			.contains("value=\"" + year + "-05-31\"");
		assertValidHtml(html);
		assertThat(this.jdbc.queryForObject("select count(*) from programme_period where year = ?", Long.class, year))
			.isZero();

		this.mvc.perform(usualPeriod(year, year + "-12-10").cookie(this.admin))
			.andExpect(redirectedUrl("/admin/periode"));
		String list = page("/admin/periode", this.admin);
		assertThat(list).contains(">" + year + "<").contains("10 Desember " + year);
		assertValidHtml(list);
		assertValidHtml(page("/admin/periode/" + year, this.admin));
	}

	@Test
	void everyWorkspaceShowsWhereThisYearsPeriodStandsAndWhatClosesWhen() throws Exception {
		String dashboard = page("/staf", Sessions.logIn(this.mvc, "staf.bps-kab-serang"));

		assertThat(dashboard).contains("Periode " + Year.now(ProgrammeDates.WIB).getValue())
			.contains("Penilaian mandiri")
			.contains("dibuka, ditutup")
			.contains("Evaluasi TPN");
		assertThat(page("/inspektorat", Sessions.logIn(this.mvc, "inspektorat.bps")))
			.contains("Periode " + Year.now(ProgrammeDates.WIB).getValue());
		assertThat(this.mvc.perform(get("/direktori")).andReturn().getResponse().getContentAsString())
			.doesNotContain("period-banner");
	}

	/** The usual calendar for a year, with the day of designation given. */
	private MockHttpServletRequestBuilder usualPeriod(int year, String designationOn) {
		return post("/admin/periode/baru").param("year", "" + year)
			.param("selfAssessmentOpens", year + "-01-02")
			.param("selfAssessmentCloses", year + "-04-30")
			.param("tpiEvaluationOpens", year + "-02-01")
			.param("tpiEvaluationCloses", year + "-05-20")
			.param("proposalOpens", year + "-05-01")
			.param("proposalCloses", year + "-05-31")
			.param("tpnEvaluationOpens", year + "-06-01")
			.param("tpnEvaluationCloses", year + "-11-30")
			.param("designationOn", designationOn)
			.with(csrf());
	}

	private String page(String path, Cookie session) throws Exception {
		return this.mvc.perform(get(path).cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
