package id.zonaintegritas.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import id.zonaintegritas.declaration.DeclarationService;
import id.zonaintegritas.document.DocumentService;
import id.zonaintegritas.pact.PactService;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.RouteSamples;
import id.zonaintegritas.support.SqlRelations;
import id.zonaintegritas.support.StatementCounting;
import id.zonaintegritas.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A kept public page is never older than its data (ADR 0009), whoever adds a page or a
 * table: every page an anonymous visitor can open is either kept or listed as never kept,
 * and every table a kept page reads starts a new public data version when it changes.
 */
@PortalIntegrationTest
class PublicPagesStayFreshTests {

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

	@Test
	void everyPageAnAnonymousVisitorCanOpenIsKeptOrListedAsNeverKept() throws Exception {
		Map<String, String> open = openToAnonymousVisitors();
		List<String> unlisted = new ArrayList<>();
		for (Map.Entry<String, String> page : open.entrySet()) {
			if (!matchesAny(page.getValue(), PublicPageCaching.PUBLIC_PAGES)
					&& !matchesAny(page.getValue(), PublicPageCaching.NEVER_KEPT)) {
				unlisted.add(page.getKey());
			}
		}

		assertThat(unlisted).as("add them to PublicPageCaching.PUBLIC_PAGES or NEVER_KEPT").isEmpty();
		assertThat(open).as("the walk reaches the public pages")
			.containsKeys("GET /direktori", "GET /direktori/{slug}", "GET /statistik");
	}

	@Test
	void everyTableAKeptPageReadsStartsANewDataVersionWhenItChanges() throws Exception {
		SqlRelations relations = SqlRelations.of(this.jdbc);
		Set<String> versioned = new TreeSet<>(this.jdbc.queryForList("""
				select c.relname from pg_trigger t join pg_class c on c.oid = t.tgrelid
				where t.tgname = c.relname || '_public_data_changed'
				""", String.class));
		Map<String, Set<String>> unversioned = new TreeMap<>();
		Set<String> read = new TreeSet<>();
		for (Map.Entry<String, String> page : openToAnonymousVisitors().entrySet()) {
			if (!matchesAny(page.getValue(), PublicPageCaching.PUBLIC_PAGES)) {
				continue;
			}
			for (String sql : sqlOfAFreshRendering(page.getValue())) {
				for (String relation : relations.namedIn(sql)) {
					for (String table : relations.tablesUnder(relation)) {
						read.add(table);
						if (!versioned.contains(table) && !table.equals("public_data_version")) {
							unversioned.computeIfAbsent(page.getKey(), (key) -> new TreeSet<>()).add(table);
						}
					}
				}
			}
		}

		assertThat(unversioned).as("give these tables a <table>_public_data_changed trigger (see V10)").isEmpty();
		assertThat(read).as("the pages were rendered, not served kept")
			.contains("work_unit", "zi_programme", "declaration", "region");
	}

	/**
	 * Every GET route that answers an anonymous visitor with 200: route to sample path.
	 */
	private Map<String, String> openToAnonymousVisitors() throws Exception {
		long unit = TestData.newWorkUnit(this.jdbc, "BPS");
		Actor staff = TestData.staffOf(this.jdbc, unit);
		RouteSamples samples = RouteSamples.of(unit, staff, this.jdbc, this.documents, this.declarations, this.pact);
		Map<String, String> open = new TreeMap<>();
		for (String route : RouteSamples.routes(this.mappings)) {
			if (!route.startsWith("GET ")) {
				continue;
			}
			String path = samples.path(route.substring(4));
			if (this.mvc.perform(get(path)).andReturn().getResponse().getStatus() == 200) {
				open.put(route, path);
			}
		}
		return open;
	}

	private List<String> sqlOfAFreshRendering(String path) throws Exception {
		// A new data version: nothing kept for the public can be used.
		this.jdbc.update("update public_data_version set version = version + 1");
		StatementCounting.reset();
		MockHttpServletResponse response = this.mvc.perform(get(path)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return StatementCounting.sql();
	}

	/** Whether a path matches one of these servlet URL patterns. */
	static boolean matchesAny(String path, String[] patterns) {
		for (String pattern : patterns) {
			boolean matches = pattern.endsWith("/*")
					? path.equals(pattern.substring(0, pattern.length() - 2))
							|| path.startsWith(pattern.substring(0, pattern.length() - 1))
					: pattern.startsWith("*.") ? path.endsWith(pattern.substring(1)) : path.equals(pattern);
			if (matches) {
				return true;
			}
		}
		return false;
	}

}
