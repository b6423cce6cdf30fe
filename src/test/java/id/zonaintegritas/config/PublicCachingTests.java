package id.zonaintegritas.config;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.Sessions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Public pages are cacheable for anonymous visitors and revalidated by ETag; signed-in
 * pages are not cached.
 */
@PortalIntegrationTest
class PublicCachingTests {

	@Autowired
	TestRestTemplate http;

	@Autowired
	MockMvc mvc;

	@Test
	void anonymousVisitorsGetAnEtagAndA304WhenNothingChanged() {
		ResponseEntity<String> first = this.http.getForEntity("/direktori/bps-provinsi-sumatera-selatan", String.class);
		String etag = first.getHeaders().getETag();

		HttpHeaders revalidate = new HttpHeaders();
		revalidate.setIfNoneMatch(etag);
		ResponseEntity<String> second = this.http.exchange("/direktori/bps-provinsi-sumatera-selatan", HttpMethod.GET,
				new HttpEntity<>(revalidate), String.class);

		assertThat(etag).isNotBlank();
		assertThat(first.getHeaders().getCacheControl()).contains("public").contains("max-age=60");
		assertThat(first.getHeaders().getVary()).contains("Cookie");
		assertThat(second.getStatusCode().value()).isEqualTo(304);
	}

	@Test
	void staticFilesAreLinkedByTheirContentHashAndKeptForAWeek() throws Exception {
		String page = this.mvc.perform(get("/tentang")).andReturn().getResponse().getContentAsString();
		Matcher stylesheet = Pattern.compile("href=\"(/assets/css/portal-[0-9a-f]{32}\\.css)\"").matcher(page);

		assertThat(stylesheet.find()).as("the stylesheet's link carries its content hash").isTrue();
		MockHttpServletResponse css = this.mvc.perform(get(stylesheet.group(1))).andReturn().getResponse();
		assertThat(css.getStatus()).isEqualTo(200);
		assertThat(css.getContentType()).startsWith("text/css");
		assertThat(css.getHeader("Cache-Control")).contains("max-age=604800");
		assertThat(page).as("other links as written").contains("href=\"/direktori\"");
	}

	@Test
	void pagesSeenBySignedInUsersAreNotStored() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get("/direktori").cookie(Sessions.logIn(this.mvc, "staf.bps-kab-serang")))
			.andReturn()
			.getResponse();

		assertThat(response.getHeader("Cache-Control")).contains("no-store");
	}

}
