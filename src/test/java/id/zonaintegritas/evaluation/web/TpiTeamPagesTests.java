package id.zonaintegritas.evaluation.web;

import java.time.Year;

import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ProgrammeDates;
import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.Sessions;
import id.zonaintegritas.support.TestData;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static id.zonaintegritas.support.HtmlValidator.assertValidHtml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A reviewer sets a unit's TPI team; a team without a lead comes back with why. */
@PortalIntegrationTest
class TpiTeamPagesTests {

	static final int YEAR = Year.now(ProgrammeDates.WIB).getValue();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aReviewerSetsAUnitsTeamAndSeesItInThePeriodsList() throws Exception {
		long unit = TestData.newWorkUnit(this.jdbc, "BPS");
		Actor rina = TestData.reviewerOf(this.jdbc, "BPS");
		Actor budi = TestData.reviewerOf(this.jdbc, "BPS");
		Cookie session = Sessions.logIn(this.mvc, rina.username());
		String form = page("/inspektorat/unit/" + unit + "/tim?tahun=" + YEAR, session);
		assertThat(form).contains("Akun Uji " + budi.username()).contains("Ketua tim");
		assertValidHtml(form);

		MockHttpServletResponse refused = this.mvc
			.perform(post("/inspektorat/unit/" + unit + "/tim").param("tahun", "" + YEAR)
				.param("roles[" + rina.username() + "]", "EVALUATOR")
				.param("roles[" + budi.username() + "]", "")
				.with(csrf())
				.cookie(session))
			.andReturn()
			.getResponse();
		assertThat(refused.getStatus()).isEqualTo(422);
		assertThat(refused.getContentAsString()).contains("Tim memerlukan seorang ketua tim")
			.contains("<option value=\"EVALUATOR\" selected=\"selected\">");

		this.mvc
			.perform(post("/inspektorat/unit/" + unit + "/tim").param("tahun", "" + YEAR)
				.param("roles[" + rina.username() + "]", "EVALUATOR")
				.param("roles[" + budi.username() + "]", "LEAD")
				.with(csrf())
				.cookie(session))
			.andExpect(redirectedUrl("/inspektorat/tim?tahun=" + YEAR));
		String list = page("/inspektorat/tim?tahun=" + YEAR, session);
		assertThat(list).contains("Tim TPI tersimpan.")
			.contains("Akun Uji " + rina.username())
			.contains("Akun Uji " + budi.username());
		assertValidHtml(list);
	}

	private String page(String path, Cookie session) throws Exception {
		return this.mvc.perform(get(path).cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
