package id.zonaintegritas.account.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.zonaintegritas.PortalApplication;
import id.zonaintegritas.account.AccountChanges;
import id.zonaintegritas.account.AccountService;
import id.zonaintegritas.account.AccountView;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real HTTP against real servers: the session cookie's attributes, a new session id at
 * login, and a session opened on one instance used on another instance sharing the
 * database.
 */
@PortalIntegrationTest
class SharedSessionTests {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JdbcConnectionDetails connection;

	@Autowired
	AccountService accounts;

	@Test
	void theSessionCookieIsHttpOnlyAndSameSiteLaxAndRenewedAtLogin() throws Exception {
		Actor staff = TestData.staffOf(this.jdbc, TestData.newWorkUnit(this.jdbc, "BPS"));
		Browser browser = new Browser();

		HttpResponse<String> loginPage = browser.get(this.port, "/login");
		String anonymousSession = browser.cookie("SESSION");
		String setCookie = loginPage.headers().firstValue("Set-Cookie").orElseThrow();
		browser.logIn(this.port, staff.username(), CSRF.matcher(loginPage.body()));

		assertThat(setCookie).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
		assertThat(browser.cookie("SESSION")).isNotNull().isNotEqualTo(anonymousSession);
		assertThat(browser.get(this.port, "/akun").body()).contains(staff.username());
	}

	@Test
	void aSessionOpenedOnOneInstanceIsValidOnAnotherSharingTheDatabase() throws Exception {
		Actor staff = TestData.staffOf(this.jdbc, TestData.newWorkUnit(this.jdbc, "BPS"));
		try (ConfigurableApplicationContext second = secondInstance()) {
			int secondPort = ((WebServerApplicationContext) second).getWebServer().getPort();
			Browser browser = new Browser();
			HttpResponse<String> loginPage = browser.get(this.port, "/login");
			browser.logIn(this.port, staff.username(), CSRF.matcher(loginPage.body()));

			HttpResponse<String> onSecond = browser.get(secondPort, "/akun");

			assertThat(secondPort).isNotEqualTo(this.port);
			assertThat(onSecond.statusCode()).isEqualTo(200);
			assertThat(onSecond.body()).contains(staff.username());
		}
	}

	@Test
	void disablingAnAccountOnOneInstanceEndsItsSessionOnAnotherAtItsNextRequest() throws Exception {
		Actor staff = TestData.staffOf(this.jdbc, TestData.newWorkUnit(this.jdbc, "BPS"));
		try (ConfigurableApplicationContext second = secondInstance()) {
			int secondPort = ((WebServerApplicationContext) second).getWebServer().getPort();
			Browser browser = new Browser();
			browser.logIn(secondPort, staff.username(), CSRF.matcher(browser.get(secondPort, "/login").body()));
			assertThat(browser.get(secondPort, "/staf").statusCode()).isEqualTo(200);

			AccountView account = this.accounts.account(staff.username());
			this.accounts.update(account.id(), account.version(), new AccountChanges(account.displayName(),
					account.email(), false, account.roles(), account.workUnitIds(), account.institutionIds()),
					Actor.admin("admin"));

			HttpResponse<String> next = browser.get(secondPort, "/staf");
			assertThat(next.statusCode()).isEqualTo(302);
			assertThat(next.headers().firstValue("Location").orElseThrow()).endsWith("/login");
			assertThat(this.jdbc.queryForObject("select count(*) from spring_session where principal_name = ?",
					Long.class, staff.username()))
				.as("the session is gone from the database")
				.isZero();
		}
	}

	/** Another instance of the portal on the same database, as behind a load balancer. */
	private ConfigurableApplicationContext secondInstance() {
		JdbcConnectionDetails database = this.connection;
		return new SpringApplicationBuilder(PortalApplication.class).run("--server.port=0",
				"--spring.main.banner-mode=off", "--portal.demo.enabled=false",
				"--spring.datasource.url=" + database.getJdbcUrl(),
				"--spring.datasource.username=" + database.getUsername(),
				"--spring.datasource.password=" + (database.getPassword() != null ? database.getPassword() : ""));
	}

	/**
	 * A cookie-keeping HTTP client that does not follow redirects, like a careful
	 * browser.
	 */
	static class Browser {

		final CookieManager cookies = new CookieManager();

		final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
			return this.client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
		}

		void logIn(int port, String username, Matcher csrf) throws IOException, InterruptedException {
			assertThat(csrf.find()).as("the login form carries a CSRF token").isTrue();
			String form = "username=" + encode(username) + "&password=" + encode("Demo-ZI-2026!") + "&_csrf="
					+ encode(csrf.group(1));
			HttpResponse<String> response = this.client
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(form))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(302);
			assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/staf");
		}

		String cookie(String name) {
			List<HttpCookie> all = this.cookies.getCookieStore().getCookies();
			return all.stream()
				.filter((cookie) -> cookie.getName().equals(name))
				.map(HttpCookie::getValue)
				.findFirst()
				.orElse(null);
		}

		private static String encode(String value) {
			return URLEncoder.encode(value, StandardCharsets.UTF_8);
		}

	}

}
