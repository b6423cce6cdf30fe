package id.zonaintegritas.document.web;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upload of any size gets an answer in the user's language: over the portal's own
 * limit a message on the page, over what the server reads at all the portal's own "too
 * large" page, never the servlet container's English one. Through the real server, as a
 * browser sends it.
 */
@PortalIntegrationTest
class UploadLimitTests {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aRequestLargerThanTheServerReadsGetsThePortalsOwnPageInTheUsersLanguage() throws Exception {
		long unit = TestData.newWorkUnit(this.jdbc, "BPS");
		String username = TestData.staffOf(this.jdbc, unit).username();
		CookieManager cookies = new CookieManager();
		HttpClient browser = browser(cookies);
		logIn(browser, username);
		String csrf = token(get(browser, "/staf/unit/" + unit + "/dokumen").body());

		HttpResponse<String> indonesian = upload(browser, unit, csrf, 31 * 1024 * 1024);
		HttpCookie english = new HttpCookie("lang", "en");
		english.setPath("/");
		english.setVersion(0);
		cookies.getCookieStore().add(URI.create("http://localhost:" + this.port + "/"), english);
		HttpResponse<String> inEnglish = upload(browser, unit, csrf, 40 * 1024 * 1024);

		assertThat(indonesian.statusCode()).isEqualTo(413);
		assertThat(indonesian.body()).contains("Berkas terlalu besar")
			.contains("Portal Zona Integritas")
			.doesNotContain("Apache Tomcat");
		assertThat(inEnglish.statusCode()).isEqualTo(413);
		assertThat(inEnglish.body()).contains("File too large").doesNotContain("Apache Tomcat");
		assertThat(documents(unit)).isZero();
	}

	@Test
	void aFileOverThePortalsLimitIsRefusedOnThePageWithItsReason() throws Exception {
		long unit = TestData.newWorkUnit(this.jdbc, "BPS");
		HttpClient browser = browser(new CookieManager());
		logIn(browser, TestData.staffOf(this.jdbc, unit).username());
		String csrf = token(get(browser, "/staf/unit/" + unit + "/dokumen").body());

		HttpResponse<String> refused = upload(browser, unit, csrf, 12 * 1024 * 1024);

		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("10 MB");
		assertThat(documents(unit)).isZero();
	}

	private int documents(long unit) {
		return this.jdbc.queryForObject("select count(*) from document where work_unit_id = ?", Integer.class, unit);
	}

	private HttpResponse<String> upload(HttpClient browser, long unit, String csrf, int size) throws Exception {
		String boundary = "batas" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream(size + 1024);
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"besar.pdf\"\r\n"
						+ "Content-Type: application/pdf\r\n\r\n")
					.getBytes(StandardCharsets.UTF_8));
		byte[] pdf = TestData.pdf("besar");
		body.writeBytes(pdf);
		body.writeBytes(new byte[size - pdf.length]);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return browser.send(HttpRequest.newBuilder(uri("/staf/unit/" + unit + "/dokumen"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private void logIn(HttpClient browser, String username) throws Exception {
		String csrf = token(get(browser, "/login").body());
		HttpResponse<String> login = browser
			.send(HttpRequest.newBuilder(uri("/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
						+ URLEncoder.encode("Demo-ZI-2026!", StandardCharsets.UTF_8) + "&_csrf="
						+ URLEncoder.encode(csrf, StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
	}

	private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
		return browser.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpClient browser(CookieManager cookies) {
		return HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	private static String token(String page) {
		Matcher csrf = CSRF.matcher(page);
		assertThat(csrf.find()).as("a CSRF token on the page").isTrue();
		return csrf.group(1);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
