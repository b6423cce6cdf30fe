package id.zonaintegritas.config;

import id.zonaintegritas.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static id.zonaintegritas.support.HtmlValidator.assertValidHtml;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error pages and the actuator as a browser sees them, through the real servlet container
 * (MockMvc does not forward to the error page).
 */
@PortalIntegrationTest
class ErrorAndActuatorTests {

	@Autowired
	TestRestTemplate http;

	@Test
	void unknownAddressShowsTheNotFoundPageInTheLayoutWithoutAStackTrace() {
		ResponseEntity<String> response = this.http.exchange("/tidak-ada", HttpMethod.GET, htmlRequest(), String.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(response.getBody()).contains("Halaman tidak ditemukan")
			.contains("Portal Zona Integritas")
			.contains("Kembali ke beranda")
			.doesNotContain("Exception")
			.doesNotContain("Whitelabel");
		assertValidHtml(response.getBody());
	}

	@Test
	void notFoundPageSpeaksEnglishWhenAsked() {
		ResponseEntity<String> response = this.http.exchange("/tidak-ada?lang=en", HttpMethod.GET, htmlRequest(),
				String.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(response.getBody()).contains("Page not found");
	}

	@Test
	void aPostWithoutACsrfTokenIsRefused() {
		ResponseEntity<String> response = this.http.exchange("/login", HttpMethod.POST, htmlRequest(), String.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(response.getBody()).contains("Akses ditolak");
	}

	@Test
	void healthIsPublicAndUp() {
		ResponseEntity<String> response = this.http.getForEntity("/actuator/health", String.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody()).contains("\"status\":\"UP\"");
	}

	@Test
	void noOtherActuatorEndpointIsReachable() {
		for (String endpoint : new String[] { "/actuator/env", "/actuator/beans", "/actuator/configprops",
				"/actuator/heapdump", "/actuator" }) {
			ResponseEntity<String> response = this.http.getForEntity(endpoint, String.class);
			// Anonymous visitors end on the login page (the client follows the redirect)
			// or a 404.
			assertThat(response.getStatusCode().value()).as(endpoint).isIn(200, 403, 404);
			assertThat(response.getBody()).as(endpoint)
				.doesNotContain("_links")
				.doesNotContain("propertySources")
				.doesNotContain("spring.datasource");
			if (response.getStatusCode().value() == 200) {
				assertThat(response.getBody()).as(endpoint).contains("id=\"password\"");
			}
		}
	}

	private static HttpEntity<Void> htmlRequest() {
		HttpHeaders headers = new HttpHeaders();
		headers.setAccept(java.util.List.of(MediaType.TEXT_HTML));
		return new HttpEntity<>(headers);
	}

}
