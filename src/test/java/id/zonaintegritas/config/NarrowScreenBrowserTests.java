package id.zonaintegritas.config;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.zonaintegritas.config.AccessMatrixTests.Outcome;
import id.zonaintegritas.config.AccessMatrixTests.Persona;
import id.zonaintegritas.declaration.DeclarationService;
import id.zonaintegritas.document.DocumentService;
import id.zonaintegritas.pact.PactService;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.support.Axe;
import id.zonaintegritas.support.Browser;
import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.RouteSamples;
import id.zonaintegritas.support.Sessions;
import id.zonaintegritas.support.TestData;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every page of the access matrix, opened in headless Chromium as each role that may use
 * it: no page scrolls sideways on a 360 px or a 320 px phone, and axe-core finds no
 * violation on any page a signed-in role opens, workspaces and administration included.
 * The demo's busiest pages (long names, many signings) are walked too. A public page
 * differs between the roles that open it signed in by its navigation only: axe checks it
 * as the first role that opens it, and each role's first page for that role's navigation.
 */
@PortalIntegrationTest
class NarrowScreenBrowserTests {

	/** Pages of the demo with the most on them, per role. */
	static final Map<String, List<String>> DEMO_PAGES = Map.of("staf.bps-kab-serang",
			List.of("/staf", "/direktori/bps-kabupaten-serang", "/direktori/bps-provinsi-sumatera-selatan",
					"/statistik/wilayah?provinsi=16", "/statistik?urutProvinsi=unit"),
			"staf.disdukcapil-serang", List.of("/staf"), "inspektorat.pemkab-serang", List.of("/tinjauan"), "admin",
			List.of("/admin/akun", "/audit"));

	/** The measure of sideways scrolling, with the elements that stick out. */
	static final String OVERFLOW = """
			const width = document.documentElement.clientWidth;
			const over = document.documentElement.scrollWidth - width;
			if (over <= 0) { return ''; }
			const culprits = [];
			for (const element of document.body.querySelectorAll('*')) {
			  const box = element.getBoundingClientRect();
			  if (box.right > width + 1 && box.width > 0 && culprits.length < 4) {
			    culprits.push(element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')
			        + (element.className && typeof element.className === 'string'
			           ? '.' + element.className.trim().split(/\\s+/).join('.') : '')
			        + ' (' + Math.round(box.right) + ' px)');
			  }
			}
			return over + ' px too wide: ' + culprits.join(', ');
			""";

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DocumentService documents;

	@Autowired
	DeclarationService declarations;

	@Autowired
	PactService pact;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	ChromeDriver browser;

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void noPageOfAnyRoleScrollsSidewaysOnAPhoneAndWorkspacesPassAxe() throws Exception {
		this.browser = Browser.start();
		Map<Cookie, Set<String>> pages = pagesPerSession();
		assertThat(pages.values().stream().mapToInt(Set::size).sum()).as("pages walked").isGreaterThan(60);
		List<String> problems = new ArrayList<>();
		Set<String> publicPages = pages.getOrDefault(null, Set.of());
		Set<String> publicPagesAxed = new HashSet<>();

		for (Map.Entry<Cookie, Set<String>> session : pages.entrySet()) {
			boolean firstPage = true;
			this.browser.manage().deleteAllCookies();
			this.browser.get("http://localhost:" + this.port + "/robots.txt");
			if (session.getKey() != null) {
				this.browser.manage()
					.addCookie(new org.openqa.selenium.Cookie(session.getKey().getName(), session.getKey().getValue()));
			}
			for (String path : session.getValue()) {
				this.browser.manage().window().setSize(new Dimension(360, 800));
				this.browser.get("http://localhost:" + this.port + path);
				// The page is laid out again for the narrower window when it shrinks: it
				// is measured at both widths from one load.
				for (int width : new int[] { 360, 320 }) {
					this.browser.manage().window().setSize(new Dimension(width, 800));
					Object overflow = this.browser.executeScript(OVERFLOW);
					if (!"".equals(overflow)) {
						problems.add(width + " px " + path + ": " + overflow);
					}
				}
				if (session.getKey() != null
						&& (firstPage || !publicPages.contains(path) || publicPagesAxed.add(path))) {
					problems.addAll(Axe.violations(this.browser, "axe " + path));
				}
				firstPage = false;
			}
		}

		assertThat(problems).isEmpty();
	}

	/**
	 * The HTML pages each role may open: every GET route of the access matrix the role is
	 * allowed, with the matrix's sample ids, and the demo's busiest pages. The anonymous
	 * visitor's pages are under the {@code null} session.
	 */
	private Map<Cookie, Set<String>> pagesPerSession() throws Exception {
		long unit = TestData.newWorkUnit(this.jdbc, "BPS");
		Actor staff = TestData.staffOf(this.jdbc, unit);
		Map<Persona, Cookie> sessions = new EnumMap<>(Persona.class);
		sessions.put(Persona.STAFF, Sessions.logIn(this.mvc, staff.username()));
		sessions.put(Persona.REVIEWER, Sessions.logIn(this.mvc, TestData.reviewerOf(this.jdbc, "BPS").username()));
		sessions.put(Persona.ADMIN, Sessions.logIn(this.mvc, "admin"));
		sessions.put(Persona.INSTANSI_HEAD, Sessions.logIn(this.mvc, TestData.headOf(this.jdbc, "BPS").username()));
		sessions.put(Persona.TPN, Sessions.logIn(this.mvc, TestData.tpn(this.jdbc).username()));
		sessions.put(Persona.INSTITUTION_ADMIN,
				Sessions.logIn(this.mvc, TestData.institutionAdminOf(this.jdbc, "BPS").username()));
		RouteSamples samples = RouteSamples.of(unit, staff, this.jdbc, this.documents, this.declarations, this.pact);

		Map<Cookie, Set<String>> pages = new LinkedHashMap<>();
		for (String route : RouteSamples.routes(this.mappings)) {
			if (!route.startsWith("GET ")) {
				continue;
			}
			String path = samples.path(route.substring(4));
			for (Persona persona : Persona.values()) {
				if (AccessMatrixTests.EXPECTED.get(route).get(persona) != Outcome.ALLOWED) {
					continue;
				}
				Cookie session = sessions.get(persona);
				if (isHtmlPage(path, session)) {
					pages.computeIfAbsent(session, (key) -> new LinkedHashSet<>()).add(path);
				}
			}
		}
		for (Map.Entry<String, List<String>> demo : DEMO_PAGES.entrySet()) {
			pages.computeIfAbsent(Sessions.logIn(this.mvc, demo.getKey()), (key) -> new LinkedHashSet<>())
				.addAll(demo.getValue());
		}
		return pages;
	}

	private boolean isHtmlPage(String path, Cookie session) throws Exception {
		var request = get(path);
		if (session != null) {
			request.cookie(session);
		}
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		return response.getStatus() == 200 && response.getContentType() != null
				&& response.getContentType().startsWith("text/html");
	}

}
