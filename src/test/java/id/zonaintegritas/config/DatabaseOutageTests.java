package id.zonaintegritas.config;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.zonaintegritas.PortalApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * When PostgreSQL goes away, every page fails within seconds with the portal's own
 * "layanan sedang terganggu" page and a 503, signed in or not; when it comes back, the
 * portal serves again without a restart.
 */
class DatabaseOutageTests {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@TempDir
	Path folder;

	@Test
	void aDatabaseOutageGivesThePortalsOwn503PageWithinSecondsAndThePortalRecoversByItself() throws Exception {
		try (ConfigurableApplicationContext portal = new SpringApplicationBuilder(PortalApplication.class).run(
				"--server.port=0", "--spring.main.banner-mode=off",
				"--portal.embedded-db.data-directory=" + this.folder.resolve("pg"))) {
			int port = ((WebServerApplicationContext) portal).getWebServer().getPort();
			HttpClient anonymous = client();
			HttpClient staff = client();
			String loginPage = get(staff, port, "/login").body();
			Matcher csrf = CSRF.matcher(loginPage);
			assertThat(csrf.find()).isTrue();
			HttpResponse<String> login = staff.send(HttpRequest.newBuilder(uri(port, "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("username=staf.bps-kab-serang&password="
						+ URLEncoder.encode("Demo-ZI-2026!", StandardCharsets.UTF_8) + "&_csrf="
						+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(login.statusCode()).isEqualTo(302);
			assertThat(get(staff, port, "/staf").statusCode()).isEqualTo(200);
			EmbeddedDatabase database = portal.getBean(EmbeddedDatabase.class);

			database.stop();
			assertUnavailable(anonymous, port, "/direktori?q=padam", "Layanan sedang terganggu");
			assertUnavailable(staff, port, "/staf", "Layanan sedang terganggu");
			assertUnavailable(anonymous, port, "/statistik?lang=en", "The service is having trouble");

			database.restart();
			// The pool makes new connections on its own; the first may come a moment
			// later.
			await().atMost(Duration.ofSeconds(30))
				.until(() -> get(anonymous, port, "/direktori?q=pulih").statusCode() == 200);
			assertThat(get(staff, port, "/staf").statusCode()).as("the session survived the outage").isEqualTo(200);
		}
	}

	private static void assertUnavailable(HttpClient visitor, int port, String path, String title) throws Exception {
		long started = System.nanoTime();
		HttpResponse<String> page = get(visitor, port, path);
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		assertThat(took).as(path + " fails fast").isLessThan(Duration.ofSeconds(10));
		assertThat(page.statusCode()).as(path).isEqualTo(503);
		assertThat(page.body()).as(path).contains(title).doesNotContain("Exception").doesNotContain("Apache Tomcat");
		assertThat(page.headers().firstValue("Retry-After")).contains("30");
	}

	private static HttpClient client() {
		return HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	private static HttpResponse<String> get(HttpClient client, int port, String path) throws Exception {
		return client.send(HttpRequest.newBuilder(uri(port, path))
			.header("Accept", "text/html")
			.timeout(Duration.ofSeconds(60))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static URI uri(int port, String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
