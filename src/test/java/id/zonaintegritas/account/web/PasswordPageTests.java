package id.zonaintegritas.account.web;

import id.zonaintegritas.document.DocumentService;
import id.zonaintegritas.shared.Actor;
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
 * Password fields say what they hold, so that a password manager fills the current one
 * and proposes a new one; a document's type reads "PDF", not a MIME type.
 */
@PortalIntegrationTest
class PasswordPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DocumentService documents;

	@Test
	void passwordFieldsCarryTheirAutocompleteValues() throws Exception {
		Actor staff = TestData.staffOf(this.jdbc, TestData.newWorkUnit(this.jdbc, "BPS"));
		Cookie session = Sessions.logIn(this.mvc, staff.username());

		String html = this.mvc.perform(get("/akun/kata-sandi").cookie(session))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html)
			.containsPattern("id=\"currentPassword\"[^>]*autocomplete=\"current-password\"|"
					+ "autocomplete=\"current-password\"[^>]*id=\"currentPassword\"")
			.containsPattern("id=\"newPassword\"[^>]*autocomplete=\"new-password\"|"
					+ "autocomplete=\"new-password\"[^>]*id=\"newPassword\"");
		assertValidHtml(html);
	}

	@Test
	void aWrongCurrentPasswordAndATooShortNewOneAreBothReported() throws Exception {
		Actor staff = TestData.staffOf(this.jdbc, TestData.newWorkUnit(this.jdbc, "BPS"));
		Cookie session = Sessions.logIn(this.mvc, staff.username());

		MockHttpServletResponse refused = this.mvc
			.perform(post("/akun/kata-sandi").with(csrf())
				.cookie(session)
				.param("currentPassword", "bukan-kata-sandinya")
				.param("newPassword", "pendek")
				.param("confirmation", "pendek"))
			.andReturn()
			.getResponse();

		assertThat(refused.getStatus()).isEqualTo(422);
		assertThat(refused.getContentAsString()).contains("Kata sandi saat ini salah.")
			.contains("Kata sandi baru paling sedikit");
		assertValidHtml(refused.getContentAsString());
	}

	@Test
	void aDocumentsTypeReadsAsPeopleKnowIt() throws Exception {
		long unit = TestData.newWorkUnit(this.jdbc, "BPS");
		Actor staff = TestData.staffOf(this.jdbc, unit);
		this.documents.upload(unit, "notulen.pdf", TestData.pdf("notulen"), staff);
		Cookie session = Sessions.logIn(this.mvc, staff.username());

		String html = this.mvc.perform(get("/staf/unit/" + unit + "/dokumen").cookie(session))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("notulen.pdf").containsPattern(">PDF</td>").doesNotContain(">application/pdf<");
	}

}
