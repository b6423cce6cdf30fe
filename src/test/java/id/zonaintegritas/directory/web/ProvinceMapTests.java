package id.zonaintegritas.directory.web;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import id.zonaintegritas.support.PortalIntegrationTest;
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
class ProvinceMapTests {

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
