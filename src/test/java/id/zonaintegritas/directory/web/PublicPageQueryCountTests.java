package id.zonaintegritas.directory.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.StatementCounting;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A public page sends the same number of SQL statements whatever the amount of data. */
@PortalIntegrationTest
class PublicPageQueryCountTests {

	static final String[] PAGES = { "/", "/direktori", "/direktori?q=serang&provinsi=36&urut=tahap",
			"/direktori?halaman=2", "/direktori/bps-provinsi-sumatera-selatan", "/statistik", "/feed.atom" };

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CacheManager caches;

	@Test
	void statementCountsDoNotGrowWithTheData() throws Exception {
		// Enough units for a second page of the directory, whichever tests ran before.
		addUnitsWithDeclarationsAndProgrammes(25, "Unit Awal");
		Map<String, Long> before = countAll();
		assertThat(before.values()).as("the counter sees the statements").allMatch((count) -> count > 0);

		addUnitsWithDeclarationsAndProgrammes(120, "Unit Hitung");

		assertThat(countAll()).isEqualTo(before);
	}

	@Test
	void aUnitPageCostsTheSameWhateverTheLengthOfItsHistory() throws Exception {
		// Balai Besar POM has 4 requests in the demo, BPS Sumatera Selatan 8.
		assertThat(count("/direktori/balai-besar-pom-serang"))
			.isEqualTo(count("/direktori/bps-provinsi-sumatera-selatan"));
	}

	private long count(String page) throws Exception {
		forgetEverythingKept();
		StatementCounting.reset();
		this.mvc.perform(get(page)).andExpect(status().isOk());
		return StatementCounting.statements();
	}

	private Map<String, Long> countAll() throws Exception {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String page : PAGES) {
			forgetEverythingKept();
			StatementCounting.reset();
			this.mvc.perform(get(page)).andExpect(status().isOk());
			counts.put(page, StatementCounting.statements());
		}
		return counts;
	}

	/**
	 * The worst case is what must not grow: as if the data had just changed, nothing kept
	 * for the public (pages, statistics, lists) can be used.
	 */
	private void forgetEverythingKept() {
		this.caches.getCacheNames().forEach((name) -> this.caches.getCache(name).clear());
		this.jdbc.update("update public_data_version set version = version + 1");
	}

	private void addUnitsWithDeclarationsAndProgrammes(int count, String name) {
		String slug = name.toLowerCase(Locale.ROOT).replace(' ', '-') + "-" + System.nanoTime() + "-";
		this.jdbc.update("""
				insert into work_unit (institution_id, name, slug, region_code, staff_count)
				select i.id, ? || ' ' || n, ? || n, '36.04', 30
				from generate_series(1, ?) n, institution i where i.code = 'PEMKAB-SERANG'
				""", name, slug, count);
		this.jdbc.update("""
				insert into declaration (work_unit_id, status, declared_on, venue, official_name, official_position,
				                         created_by, submitted_at)
				select u.id, 'SUBMITTED', date '2023-03-01', 'Aula', 'Kepala', 'Kepala Dinas', 'uji', now()
				from work_unit u where u.slug like ?
				""", slug + "%");
		this.jdbc.update("""
				insert into zi_programme (work_unit_id, stage)
				select u.id, 'PEMBANGUNAN' from work_unit u where u.slug like ?
				""", slug + "%");
	}

}
