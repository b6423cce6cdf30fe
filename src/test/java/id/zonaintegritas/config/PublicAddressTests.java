package id.zonaintegritas.config;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.Sessions;
import id.zonaintegritas.support.TestData;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Absolute links come from the configured public address, never from the Host header a
 * client sends: a forged Host cannot put another site into the feed, the sitemap, a
 * canonical link, a kept public page, or the way back after login.
 */
@PortalIntegrationTest
class PublicAddressTests {

	static final String FORGED = "evil.example";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	@Test
	void theFeedTheSitemapAndCanonicalLinksUseThePublicAddress() throws Exception {
		for (String path : new String[] { "/feed.atom", "/sitemap.xml", "/direktori/bps-kabupaten-serang" }) {
			String body = this.mvc.perform(get(path).header("Host", FORGED).with((request) -> {
				request.setServerName(FORGED);
				return request;
			})).andReturn().getResponse().getContentAsString();

			assertThat(body).as(path).contains("http://localhost:8080/").doesNotContain(FORGED);
		}
	}

	@Test
	void aKeptPublicPageIsTheSameWhateverHostAskedFirst() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		String path = "/sitemap.xml?kunci=" + System.nanoTime();
		// The JDK client refuses to forge Host itself; the server name is what Tomcat
		// reads, so ask through 127.0.0.1 first and localhost second.
		String first = client
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		String second = client
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();

		assertThat(first).isEqualTo(second).contains("http://localhost:8080/direktori");
	}

	@Test
	void afterLoginTheWayBackIsAPathOfThePortalNeverAnotherHost() throws Exception {
		String username = TestData.staffOf(this.jdbc, TestData.newWorkUnit(this.jdbc, "BPS")).username();
		Cookie session = this.mvc.perform(get("/staf/unit/1/dokumen").header("Host", FORGED).with((request) -> {
			request.setServerName(FORGED);
			return request;
		})).andReturn().getResponse().getCookie("SESSION");

		MockHttpServletResponse login = this.mvc
			.perform(post("/login").cookie(session).header("Host", FORGED).with((request) -> {
				request.setServerName(FORGED);
				return request;
			}).with(csrf()).param("username", username).param("password", Sessions.DEMO_PASSWORD))
			.andReturn()
			.getResponse();

		assertThat(login.getRedirectedUrl()).startsWith("/staf/unit/1/dokumen").doesNotContain(FORGED);
	}

}
