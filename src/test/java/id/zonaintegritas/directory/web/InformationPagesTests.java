package id.zonaintegritas.directory.web;

import id.zonaintegritas.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static id.zonaintegritas.support.HtmlValidator.assertValidHtml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages a public service has, in both languages, linked from every page's footer; and
 * robots.txt keeps the workspaces out of search engines.
 */
@PortalIntegrationTest
class InformationPagesTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aboutHelpContactPrivacyAndAccessibilityAreThereInBothLanguages() throws Exception {
		assertThat(page("/tentang", "id")).contains("Tentang Zona Integritas").contains("Tim Penilai Nasional");
		assertThat(page("/tentang", "en")).contains("About the Integrity Zone").contains("national evaluation team");
		assertThat(page("/bantuan", "id")).contains("Pimpinan instansi").contains("TPN (KemenPAN-RB)");
		assertThat(page("/kontak", "id")).contains("SP4N-LAPOR!");
		assertThat(page("/privasi", "id")).contains("NIP").contains("Tidak pernah dipublikasikan");
		assertThat(page("/privasi", "en")).contains("Never published");
		assertThat(page("/aksesibilitas", "en")).contains("Known limitations");
		assertThat(page("/", "id")).contains("href=\"/privasi\"").contains("href=\"/aksesibilitas\"");
	}

	@Test
	void robotsKeepTheWorkspacesOutAndTheFaviconIsThePortalsMark() throws Exception {
		String robots = this.mvc.perform(get("/robots.txt"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(robots).contains("Disallow: /staf")
			.contains("Disallow: /admin")
			.doesNotContain("Disallow: /direktori");
		this.mvc.perform(get("/favicon.ico")).andExpect(redirectedUrl("/assets/img/logo.svg"));
	}

	private String page(String path, String language) throws Exception {
		String html = this.mvc.perform(get(path).param("lang", language))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertValidHtml(html);
		return html;
	}

}
