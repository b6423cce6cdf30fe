package id.zonaintegritas.config;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

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
	void aKeptPageGoesOutCompressedToBrowsersThatTakeGzipAndIsRevalidatedAsSuch() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		URI statistics = URI.create(this.http.getRootUri() + "/statistik");
		HttpResponse<byte[]> plain = client.send(HttpRequest.newBuilder(statistics).build(),
				BodyHandlers.ofByteArray());
		HttpRequest gzip = HttpRequest.newBuilder(statistics).header("Accept-Encoding", "gzip, deflate, br").build();
		HttpResponse<byte[]> first = client.send(gzip, BodyHandlers.ofByteArray());
		HttpResponse<byte[]> kept = client.send(gzip, BodyHandlers.ofByteArray());

		assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
		for (HttpResponse<byte[]> compressed : List.of(first, kept)) {
			assertThat(compressed.statusCode()).isEqualTo(200);
			assertThat(compressed.headers().firstValue("Content-Encoding")).contains("gzip");
			assertThat(compressed.headers().allValues("Vary")).contains("Accept-Encoding");
			assertThat(compressed.body().length).isLessThan(plain.body().length / 3);
			try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed.body()))) {
				assertThat(in.readAllBytes()).as("the same page").isEqualTo(plain.body());
			}
		}
		String etag = kept.headers().firstValue("ETag").orElseThrow();
		assertThat(etag).as("another representation, another tag")
			.isNotEqualTo(plain.headers().firstValue("ETag").orElseThrow());
		HttpResponse<byte[]> revalidated = client.send(HttpRequest.newBuilder(statistics)
			.header("Accept-Encoding", "gzip")
			.header("If-None-Match", etag)
			.build(), BodyHandlers.ofByteArray());
		assertThat(revalidated.statusCode()).isEqualTo(304);
	}

	@Test
	void gzipIsTakenUnlessRefused() {
		assertThat(PublicPageCache.acceptsGzip("gzip, deflate, br, zstd")).isTrue();
		assertThat(PublicPageCache.acceptsGzip("br;q=1.0, GZIP;q=0.5")).isTrue();
		assertThat(PublicPageCache.acceptsGzip("gzip;q=0")).isFalse();
		assertThat(PublicPageCache.acceptsGzip("br, deflate")).isFalse();
		assertThat(PublicPageCache.acceptsGzip(null)).isFalse();
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
