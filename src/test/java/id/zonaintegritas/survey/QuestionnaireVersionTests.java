package id.zonaintegritas.survey;

import java.time.Year;
import java.util.stream.Collectors;

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

/**
 * An administrator drafts a questionnaire version (every bad line reported at once, the
 * text kept), publishes it, and new visits answer it while earlier responses keep theirs.
 */
@PortalIntegrationTest
class QuestionnaireVersionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Questionnaires questionnaires;

	@Autowired
	SurveyService surveys;

	@Test
	void aNewVersionIsDraftedPublishedAndAnsweredWhileOldResponsesKeepTheirs() throws Exception {
		Cookie admin = Sessions.logIn(this.mvc, "admin");
		Questionnaire before = this.questionnaires.inForce(SurveyKind.SPAK);
		long unit = TestData.newWorkUnit(this.jdbc, "BPS");
		Actor staff = TestData.staffOf(this.jdbc, unit);
		Survey survey = this.surveys.open(unit, Year.now(ProgrammeDates.WIB).getValue(), SurveyKind.SPAK,
				Survey.Access.RECEIPT, null, staff);
		this.jdbc.update("""
				insert into survey_response (survey_id, version_id, submitted_at, quarter, answers, mean, source)
				values (?, ?, now(), 1, '{4,4,4,4,4,4,4,4}', 4, 'IMPORT')""", survey.id(), before.id());

		String bad = "AK1 | hanya satu bagian\nAK1 | Teks | Text\nAK1 | Lagi | Again\n";
		MockHttpServletResponse refused = this.mvc
			.perform(post("/admin/survei").param("kind", "SPAK").param("items", bad).with(csrf()).cookie(admin))
			.andReturn()
			.getResponse();
		assertThat(refused.getStatus()).isEqualTo(422);
		assertThat(refused.getContentAsString()).contains("Baris 1: tulis kode | teks Indonesia | English text.")
			.contains("Baris 3: kode &quot;AK1&quot; tidak sah atau sudah dipakai")
			.contains("hanya satu bagian");
		assertValidHtml(refused.getContentAsString());

		String items = before.items()
			.stream()
			.map((item) -> item.code() + " | "
					+ ((item.position() == 1) ? "Tidak ada pungutan liar sama sekali." : item.textId()) + " | "
					+ item.textEn())
			.collect(Collectors.joining("\n"));
		MockHttpServletResponse drafted = this.mvc
			.perform(post("/admin/survei").param("kind", "SPAK").param("items", items).with(csrf()).cookie(admin))
			.andReturn()
			.getResponse();
		assertThat(drafted.getStatus()).isEqualTo(302);
		long draft = this.jdbc.queryForObject(
				"select id from survey_version where kind = 'SPAK' and status = 'DRAFT' order by number desc limit 1",
				Long.class);
		assertThat(this.questionnaires.inForce(SurveyKind.SPAK).id()).as("a draft is not answered")
			.isEqualTo(before.id());
		String page = this.mvc.perform(get("/admin/survei").cookie(admin))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertValidHtml(page);
		assertThat(page).contains("Draf: belum dipakai").contains("Tidak ada pungutan liar sama sekali.");

		this.mvc.perform(post("/admin/survei/" + draft + "/terbitkan").with(csrf()).cookie(admin)).andReturn();

		assertThat(this.questionnaires.inForce(SurveyKind.SPAK).id()).isEqualTo(draft);
		assertThat(this.mvc.perform(get(survey.path())).andReturn().getResponse().getContentAsString())
			.contains("Tidak ada pungutan liar sama sekali.");
		assertThat(this.jdbc.queryForObject("select version_id from survey_response where survey_id = ?", Long.class,
				survey.id()))
			.as("the earlier response keeps its version")
			.isEqualTo(before.id());
		assertThat(this.surveys.ofUnit(unit, Year.now(ProgrammeDates.WIB).getValue(), staff)
			.of(SurveyKind.SPAK)
			.index()
			.index()).as("and still counts in the index").isEqualByComparingTo("4.00");
	}

}
