package id.zonaintegritas.directory.web;

import id.zonaintegritas.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static id.zonaintegritas.support.HtmlValidator.assertValidHtml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalIntegrationTest
class HomePageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void homePageExplainsThePortalInIndonesianAndListsEveryRegisteredUnit() throws Exception {
		MvcResult result = this.mvc.perform(get("/")).andExpect(status().isOk()).andReturn();
		String html = result.getResponse().getContentAsString();

		assertThat(html).contains("<html lang=\"id\"")
			.contains("Pantau pembangunan Zona Integritas")
			.contains("BPS Kabupaten Serang")
			.contains("Balai Besar POM di Serang")
			.contains("Stasiun KIPM Tanjungbalai–Asahan")
			.contains("Kabupaten Serang</span><span>, Banten");
		Integer units = this.jdbc.queryForObject("select count(*) from work_unit", Integer.class);
		assertThat(html).contains(units + " unit kerja terdaftar di portal.");
		assertValidHtml(html);
	}

	@Test
	void languageSwitchServesEnglishAndRemembersTheChoiceInACookie() throws Exception {
		MvcResult result = this.mvc.perform(get("/").param("lang", "en")).andExpect(status().isOk()).andReturn();

		assertThat(result.getResponse().getContentAsString()).contains("<html lang=\"en\"")
			.contains("Follow the building of Integrity Zones")
			.contains("Registered work units");
		assertThat(result.getResponse().getCookie("lang").getValue()).isEqualTo("en");
	}

	@Test
	void everyPageCarriesTheSecurityHeaders() throws Exception {
		MvcResult result = this.mvc.perform(get("/")).andReturn();

		assertThat(result.getResponse().getHeader("Content-Security-Policy")).contains("script-src 'self'")
			.contains("frame-ancestors 'none'")
			.doesNotContain("unsafe-inline");
		assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(result.getResponse().getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(result.getResponse().getHeader("Permissions-Policy")).contains("camera=()");
	}

	@Test
	void strictTransportSecurityIsSentOnlyOverTls() throws Exception {
		assertThat(this.mvc.perform(get("/").secure(true))
			.andReturn()
			.getResponse()
			.getHeader("Strict-Transport-Security")).contains("max-age=");
		assertThat(this.mvc.perform(get("/")).andReturn().getResponse().getHeader("Strict-Transport-Security"))
			.isNull();
	}

	@Test
	void stylesheetIsServedUnderTheAssetsPrefixWithALongCacheLifetime() throws Exception {
		MvcResult result = this.mvc.perform(get("/assets/css/portal.css")).andExpect(status().isOk()).andReturn();

		assertThat(result.getResponse().getContentAsString()).contains(".site-header");
		assertThat(result.getResponse().getHeader("Cache-Control")).contains("max-age=604800");
	}

}
