package id.zonaintegritas.directory.web;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.TestData;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static id.zonaintegritas.support.HtmlValidator.assertValidHtml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The national map: one tile per province of the layout's data, each measure's tiles, the
 * table and the CSV saying the same numbers, every tile leading to the directory's units
 * of its province, and the numbers moving with the data.
 */
@PortalIntegrationTest
class NationalFiguresTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyMeasureOfTheMapAgreesWithItsTableAndTheCsv() throws Exception {
		Map<String, CSVRecord> csv = csv();
		assertThat(csv).hasSize(38);
		Map<String, String> columns = Map.of("mencanangkan", "mencanangkan", "membangun", "membangun", "wbk", "wbk",
				"wbbm", "wbbm", "persen", "persen_mencanangkan");
		for (Map.Entry<String, String> measure : columns.entrySet()) {
			String html = page("/statistik?ukuran=" + measure.getKey());
			var document = Jsoup.parse(html);
			var tiles = document.select("svg.tile-map > a");
			assertThat(tiles).as(measure.getKey()).hasSize(38);
			for (Element tile : tiles) {
				String code = tile.attr("href").replaceAll(".*provinsi=", "");
				// Bahasa Indonesia writes a decimal comma
				String shown = tile.select("text").get(1).text().replace(".", "").replace(',', '.');
				assertThat(new java.math.BigDecimal(shown)).as(measure.getKey() + " " + code)
					.isEqualByComparingTo(new java.math.BigDecimal(csv.get(code).get(measure.getValue())));
			}
		}
		var byUnits = Jsoup.parse(page("/statistik?ukuran=wbk&urutProvinsi=unit"));
		assertThat(byUnits.select("details#province-figures").attr("open")).as("a sorted table shows").isNotNull();
		assertThat(byUnits.select("details#province-figures[open]")).hasSize(1);
		assertThat(byUnits.select("#province-figures a[href*=urutProvinsi=mencanangkan]").attr("href"))
			.as("sorting keeps the map's measure")
			.contains("ukuran=wbk");
		var provinceRows = byUnits.select("tr[data-province]");
		for (int i = 1; i < provinceRows.size(); i++) {
			assertThat(Long.parseLong(provinceRows.get(i).select("td").get(0).text())).as("by units")
				.isLessThanOrEqualTo(Long.parseLong(provinceRows.get(i - 1).select("td").get(0).text()));
		}
		var table = Jsoup.parse(page("/statistik")).select("tr[data-province=36] td");
		assertThat(table.get(0).text()).isEqualTo(csv.get("36").get("unit_kerja"));
		assertThat(table.get(3).text()).isEqualTo(csv.get("36").get("wbk"));
		assertThat(csv.get("36").get("wbk")).isEqualTo(String.valueOf(this.jdbc.queryForObject("""
				select count(*) from unit_listing u join programme_standing s on s.work_unit_id = u.id
				where u.province_code = '36' and s.held_predicate = 'WBK'""", Long.class)));
	}

	@Test
	void aTileLeadsToItsProvinceAndTheNumbersMoveWithTheData() throws Exception {
		String html = page("/statistik");
		assertValidHtml(html);
		assertThat(Jsoup.parse(html).select("svg.tile-map > a[href=/direktori?provinsi=95] title").text())
			.startsWith("Papua Pegunungan: ");
		String sumsel = page(Jsoup.parse(html).select("svg.tile-map > a[href=/direktori?provinsi=16]").attr("href"));
		assertThat(sumsel).contains(csv().get("16").get("unit_kerja") + " unit kerja ditemukan");
		long before = Long.parseLong(csv().get("95").get("unit_kerja"));
		String region = this.jdbc.queryForObject("select min(code) from region where parent_code = '95'", String.class);
		this.jdbc.update("""
				insert into work_unit (institution_id, name, slug, region_code, staff_count)
				select id, 'Unit Peta ' || ?, 'unit-peta-' || ?, ?, 10 from institution where code = 'BPS'""",
				System.nanoTime(), System.nanoTime(), region);

		assertThat(Long.parseLong(csv().get("95").get("unit_kerja"))).isEqualTo(before + 1);
	}

	@Test
	void theTableByInstitutionAgreesWithItsCsvSortsAndLeadsToTheDirectory() throws Exception {
		Map<String, CSVRecord> csv = csv("/statistik/instansi.csv", "kode_instansi");
		var document = Jsoup.parse(page("/statistik?urutInstansi=ditetapkan"));
		var rows = document.select("tr[data-institution]");
		assertThat(rows).isNotEmpty().hasSizeLessThanOrEqualTo(20);
		java.math.BigDecimal previous = null;
		for (Element row : rows) {
			CSVRecord line = csv.get(row.attr("data-institution"));
			var cells = row.select("td");
			assertThat(cells.get(0).text()).isEqualTo(line.get("unit_kerja"));
			assertThat(cells.get(3).text()).isEqualTo(line.get("wbk"));
			java.math.BigDecimal share = new java.math.BigDecimal(cells.get(5).text().replace(',', '.'));
			assertThat(share).isEqualByComparingTo(new java.math.BigDecimal(line.get("persen_ditetapkan")));
			if (previous != null) {
				assertThat(share).as("sorted by share designated").isLessThanOrEqualTo(previous);
			}
			previous = share;
		}
		Element bps = document.selectFirst("tr[data-institution=BPS] a");
		String found = page(bps.attr("href"));
		assertThat(found).contains(csv.get("BPS").get("unit_kerja") + " unit kerja ditemukan");
	}

	@Test
	void theTrendsByYearAgreeWithTheirCsvAndTheData() throws Exception {
		Map<String, CSVRecord> csv = csv("/statistik/tahunan.csv", "tahun");
		var document = Jsoup.parse(page("/statistik"));
		var rows = document.select("tr[data-year]");
		assertThat(rows).hasSize(csv.size());
		for (Element row : rows) {
			CSVRecord line = csv.get(row.attr("data-year"));
			var cells = row.select("td");
			assertThat(cells.get(0).text()).isEqualTo(line.get("mencanangkan"));
			assertThat(cells.get(1).text()).isEqualTo(line.get("diusulkan"));
			assertThat(cells.get(2).text()).isEqualTo(line.get("ditetapkan"));
			assertThat(cells.get(3).text()).isEqualTo(line.get("dicabut"));
		}
		assertThat(document.select("#trend-revoked-heading ~ ul li")).hasSize(csv.size());
		assertThat(csv.get("2024").get("dicabut")).as("the demo's revocation of 19 August 2024")
			.isEqualTo(String.valueOf(this.jdbc.queryForObject(
					"""
							select count(*) from designation_record where revoked_at is not null
							and extract(year from coalesce(revocation_date, (revoked_at at time zone 'Asia/Jakarta')::date)) = 2024""",
					Long.class)));
		assertThat(Long.parseLong(csv.get("2024").get("dicabut"))).isPositive();
	}

	@Test
	void theRoadAgreesWithItsCsvAndTheDataAndKeepsWhatAUnitReached() throws Exception {
		Map<String, CSVRecord> csv = csv("/statistik/perjalanan.csv", "tahun_pencanangan");
		var rows = Jsoup.parse(page("/statistik")).select("tr[data-cohort]");
		assertThat(rows).hasSize(csv.size());
		for (Element row : rows) {
			CSVRecord line = csv.get(row.attr("data-cohort"));
			var cells = row.select("td");
			assertThat(cells.get(0).text()).isEqualTo(line.get("mencanangkan"));
			assertThat(cells.get(3).text()).isEqualTo(line.get("mencapai_penilaian"));
			assertThat(cells.get(4).text()).isEqualTo(line.get("ditetapkan"));
			assertThat(cells.get(5).text().replace("–", "")).isEqualTo(line.get("median_hari_hingga_penetapan"));
		}
		CSVRecord all = csv.get("semua");
		assertThat(all.get("mencanangkan")).isEqualTo(String.valueOf(
				this.jdbc.queryForObject("select count(distinct work_unit_id) from public_declaration", Long.class)));
		List<Integer> days = this.jdbc.queryForList("""
				select min(g.decree_date) - min(d.declared_on) from public_declaration d
				join designation_record g on g.work_unit_id = d.work_unit_id group by d.work_unit_id order by 1
				""", Integer.class);
		assertThat(days).as("the demo has designated units").isNotEmpty();
		assertThat(all.get("ditetapkan")).isEqualTo(String.valueOf(days.size()));
		double median = (days.size() % 2 == 1) ? days.get(days.size() / 2)
				: (days.get(days.size() / 2 - 1) + days.get(days.size() / 2)) / 2.0;
		assertThat(all.get("median_hari_hingga_penetapan")).isEqualTo(String.valueOf(Math.round(median)));

		// Two units that declared in 2015: one designated a year later and then revoked,
		// one sent back from penilaian; both reached penilaian, one was designated.
		CSVRecord before = csv.get("2015");
		long designated = newDeclaredUnit("PENETAPAN", "WBK");
		long programme = this.jdbc.queryForObject("select id from zi_programme where work_unit_id = ?", Long.class,
				designated);
		this.jdbc.update("""
				insert into designation (programme_id, predicate, decree_number, decree_date, recorded_by, recorded_at)
				values (?, 'WBK', 'SK Uji 1/2016', date '2016-03-01', 'uji', now())""", programme);
		long sentBack = newDeclaredUnit("PEMBANGUNAN", null);
		this.jdbc.update("""
				insert into stage_change (programme_id, from_stage, to_stage, cause, reason, changed_by, changed_at)
				select id, 'PENGUSULAN', 'PENILAIAN', 'PROPOSED', 'Usulan uji', 'uji', timestamptz '2016-05-01 09:00+07'
				from zi_programme where work_unit_id = ?""", sentBack);
		this.jdbc.update("""
				insert into stage_change (programme_id, from_stage, to_stage, cause, reason, changed_by, changed_at)
				select id, 'PENILAIAN', 'PEMBANGUNAN', 'NOT_DESIGNATED', 'Nilai di bawah minimum', 'uji',
				       timestamptz '2016-09-01 09:00+07'
				from zi_programme where work_unit_id = ?""", sentBack);

		CSVRecord after = csv("/statistik/perjalanan.csv", "tahun_pencanangan").get("2015");
		assertThat(number(after, "mencanangkan")).isEqualTo(number(before, "mencanangkan") + 2);
		assertThat(number(after, "mencapai_penilaian")).isEqualTo(number(before, "mencapai_penilaian") + 2);
		assertThat(number(after, "ditetapkan")).isEqualTo(number(before, "ditetapkan") + 1);
		long wbk = Long.parseLong(csv().get("36").get("wbk"));
		long revokedIn2017 = number(csv("/statistik/tahunan.csv", "tahun").get("2017"), "dicabut");

		this.jdbc.update("""
				update designation set revoked_at = timestamptz '2017-02-01 09:00+07', revoked_by = 'uji',
				       revocation_reason = 'Evaluasi ulang', revocation_decree = 'SK Uji 2/2017',
				       revocation_date = date '2017-02-01'
				where programme_id = ?""", programme);
		this.jdbc.update("update zi_programme set stage = 'PEMBANGUNAN', held_predicate = null where id = ?",
				programme);

		assertThat(number(csv("/statistik/perjalanan.csv", "tahun_pencanangan").get("2015"), "ditetapkan"))
			.as("a revoked unit was designated all the same")
			.isEqualTo(number(before, "ditetapkan") + 1);
		assertThat(number(csv("/statistik/tahunan.csv", "tahun").get("2017"), "dicabut")).isEqualTo(revokedIn2017 + 1);
		assertThat(Long.parseLong(csv().get("36").get("wbk"))).isEqualTo(wbk - 1);
	}

	@Test
	void aProvincesRegenciesAndCitiesAgreeWithTheirCsvAndLeadToTheDirectory() throws Exception {
		Map<String, CSVRecord> csv = csv("/statistik/kabupaten-kota.csv", "kode_wilayah");
		assertThat(csv.values().stream().filter((line) -> !"provinsi".equals(line.get("jenis"))))
			.hasSize(this.jdbc.queryForObject("select count(*) from region where kind <> 'PROVINSI'", Integer.class));
		String html = page("/statistik/wilayah?provinsi=36");
		assertValidHtml(html);
		var document = Jsoup.parse(html);
		assertThat(document.select("h1").text()).isEqualTo("Zona Integritas di Banten");
		var rows = document.select("tr[data-region]");
		assertThat(rows).hasSize((int) csv.values()
			.stream()
			.filter((line) -> line.get("kode_provinsi").equals("36")
					&& (!"provinsi".equals(line.get("jenis")) || Long.parseLong(line.get("unit_kerja")) > 0))
			.count());
		for (Element row : rows) {
			CSVRecord line = csv.get(row.attr("data-region"));
			var cells = row.select("td");
			assertThat(cells.get(0).text()).isEqualTo(line.get("unit_kerja"));
			assertThat(cells.get(1).text()).isEqualTo(line.get("mencanangkan"));
			assertThat(cells.get(3).text()).isEqualTo(line.get("wbk"));
		}
		CSVRecord serang = csv.get("36.73");
		assertThat(serang.get("unit_kerja")).isEqualTo(String.valueOf(
				this.jdbc.queryForObject("select count(*) from work_unit where region_code = '36.73'", Long.class)));
		String found = page(document.selectFirst("tr[data-region=36.73] a").attr("href"));
		assertThat(found).contains(serang.get("unit_kerja") + " unit kerja ditemukan");
		assertThat(document.select("#regions-declared-heading ~ ul li"))
			.hasSize((int) csv.values().stream().filter((line) -> line.get("kode_wilayah").startsWith("36.")).count());

		var sorted = Jsoup.parse(page("/statistik/wilayah?provinsi=16&urut=mencanangkan")).select("tr[data-region]");
		for (int i = 1; i < sorted.size(); i++) {
			assertThat(Long.parseLong(sorted.get(i).select("td").get(1).text())).as("by declared units")
				.isLessThanOrEqualTo(Long.parseLong(sorted.get(i - 1).select("td").get(1).text()));
		}
		assertThat(sorted.get(0).select("td").get(1).text()).isNotEqualTo("0");

		assertThat(this.mvc.perform(get("/statistik/wilayah?provinsi=99")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(Jsoup.parse(page("/statistik/wilayah")).select("ul.region-links a")).hasSize(38);
		assertThat(Jsoup.parse(page("/statistik")).select("form[action=/statistik/wilayah] option")).hasSize(38);
	}

	@Test
	void thePeriodsAndEveryOlderChartHaveTheirCsv() throws Exception {
		Map<String, CSVRecord> periods = csv("/statistik/periode.csv", "periode");
		var document = Jsoup.parse(page("/statistik"));
		var rows = document.select("tr[data-period]");
		assertThat(rows).isNotEmpty().hasSize(periods.size());
		for (Element row : rows) {
			CSVRecord line = periods.get(row.attr("data-period"));
			var cells = row.select("td");
			assertThat(cells.get(0).text()).isEqualTo(line.get("diusulkan_wbk"));
			assertThat(cells.get(3).text()).isEqualTo(line.get("lolos_seleksi"));
			assertThat(cells.get(5).text()).isEqualTo(line.get("ditetapkan"));
		}
		String year = rows.get(0).attr("data-period");
		assertThat(periods.get(year).get("ditetapkan")).isEqualTo(String.valueOf(this.jdbc.queryForObject(
				"select count(*) from proposal_record where period_year = ? and result = 'DESIGNATED'", Long.class,
				Integer.parseInt(year))));

		Map<String, CSVRecord> stages = csv("/statistik/tahap.csv", "tahap");
		var stageRows = document.select("#stages-heading ~ table tbody tr");
		assertThat(stageRows).hasSize(stages.size());
		long total = 0;
		for (CSVRecord line : stages.values()) {
			total += Long.parseLong(line.get("unit_kerja"));
		}
		assertThat(total).isEqualTo(this.jdbc.queryForObject("select count(*) from work_unit", Long.class));
		assertThat(csv("/statistik/predikat.csv", "predikat").get("WBK").get("unit_kerja"))
			.isEqualTo(String.valueOf(this.jdbc
				.queryForObject("select count(*) from programme_standing where held_predicate = 'WBK'", Long.class)));
		assertThat(csv("/statistik/induk.csv", "slug").get("bps-provinsi-banten").get("unit_di_bawahnya"))
			.isEqualTo(String.valueOf(this.jdbc.queryForObject("""
					select count(*) from work_unit c join work_unit p on p.id = c.parent_id
					where p.slug = 'bps-provinsi-banten'""", Long.class)));
		for (String chart : List.of("stages", "predicates", "parents")) {
			String link = document.select("#" + chart + "-heading ~ p a[href$=.csv]").attr("href");
			assertThat(this.mvc.perform(get(link)).andReturn().getResponse().getStatus()).as(chart).isEqualTo(200);
		}
	}

	/**
	 * A new BPS unit in Kota Serang that declared on 1 March 2015, at the given stage and
	 * with the predicate it holds.
	 */
	private long newDeclaredUnit(String stage, String held) {
		long unit = TestData.newWorkUnit(this.jdbc, "BPS");
		this.jdbc.update("update work_unit set region_code = '36.73' where id = ?", unit);
		this.jdbc.update("""
				insert into declaration (work_unit_id, status, declared_on, venue, official_name, official_position,
				                         created_by, submitted_at)
				values (?, 'SUBMITTED', date '2015-03-01', 'Aula', 'Kepala', 'Kepala Unit', 'uji', now())
				""", unit);
		this.jdbc.update("insert into zi_programme (work_unit_id, stage, held_predicate) values (?, ?, ?)", unit, stage,
				held);
		return unit;
	}

	private static long number(CSVRecord line, String column) {
		return (line != null) ? Long.parseLong(line.get(column)) : 0;
	}

	private Map<String, CSVRecord> csv() throws Exception {
		return csv("/statistik/provinsi.csv", "kode_provinsi");
	}

	/** A CSV download's rows by the value of one column. */
	private Map<String, CSVRecord> csv(String path, String keyColumn) throws Exception {
		String body = this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		Map<String, CSVRecord> rows = new HashMap<>();
		for (CSVRecord record : CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(body))) {
			rows.put(record.get(keyColumn), record);
		}
		return rows;
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
