package id.zonaintegritas.directory.web;

import java.nio.charset.StandardCharsets;

import id.zonaintegritas.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@PortalIntegrationTest
class OpenDataTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theCsvHasTheDocumentedColumnsAndOneLinePerUnit() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/data/unit-kerja.csv")).andReturn().getResponse();
		String csv = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
		String[] lines = csv.split("\r\n");

		assertThat(response.getContentType()).startsWith("text/csv");
		assertThat(lines[0]).isEqualTo(
				"slug,nama,instansi,kode_instansi,kode_wilayah,wilayah,provinsi,tahap,predikat,tanggal_pencanangan,jumlah_pegawai,"
						+ "periode_usulan,tanggal_usulan,seleksi_tpn,hasil_tpn,nomor_sk,tanggal_sk,berkas_sk,tanggal_pencabutan,"
						+ "periode_ipak,ipak,responden_ipak,periode_ipkp,ipkp,responden_ipkp,slug_induk");
		assertThat(csv).containsPattern(
				"balai-besar-pom-serang,Balai Besar POM di Serang,Badan Pengawas Obat dan Makanan,BPOM,36.73,Kota Serang,Banten,"
						+ "PENETAPAN,WBK,2021-04-27,96,2022,2022-05-20,LOLOS,DESIGNATED,"
						+ "SK MenPAN-RB \\(data demo\\) Nomor DEMO/WBK/2022/031,2022-12-07,"
						+ "http://localhost:8080/direktori/balai-besar-pom-serang/sk/\\d+,,,,,,,,\r\n");
		assertThat(csv).contains("disdukcapil-kabupaten-serang")
			.containsPattern(
					"disdukcapil-kabupaten-serang,[^\\r]*,2022,2022-04-15,LOLOS,DESIGNATED,[^,]*,2022-12-07,[^,]+,2024-08-19,,,,,,,\r\n");
		assertThat(lines.length - 1).isEqualTo(units());
		assertThat(csv).doesNotContainPattern("\\d{18}").doesNotContain("@");
	}

	@Test
	void theJsonHasTheSameFields() throws Exception {
		String body = this.mvc.perform(get("/data/unit-kerja.json"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		JsonNode units = JsonMapper.builder().build().readTree(body);

		assertThat(units.size()).isEqualTo(units());
		JsonNode kipm = null;
		JsonNode bpsSerang = null;
		for (JsonNode unit : units) {
			if ("stasiun-kipm-tanjungbalai-asahan".equals(unit.get("slug").asString())) {
				kipm = unit;
			}
			if ("bps-kabupaten-serang".equals(unit.get("slug").asString())) {
				bpsSerang = unit;
			}
		}
		assertThat(units.get(0).properties().stream().map(java.util.Map.Entry::getKey).toList())
			.as("the CSV's columns, in its order")
			.containsExactly(id.zonaintegritas.directory.OpenDataRow.COLUMNS);
		assertThat(bpsSerang.get("slug_induk").asString()).isEqualTo("bps-provinsi-banten");
		assertThat(bpsSerang.get("responden_ipak").asInt()).isPositive();
		assertThat(kipm).isNotNull();
		assertThat(kipm.get("nama").asString()).isEqualTo("Stasiun KIPM Tanjungbalai–Asahan");
		assertThat(kipm.get("tahap").asString()).isEqualTo("PEMBANGUNAN");
		assertThat(kipm.get("predikat").isNull()).isTrue();
		assertThat(kipm.get("jumlah_pegawai").asInt()).isEqualTo(34);
	}

	private int units() {
		return this.jdbc.queryForObject("select count(*) from work_unit", Integer.class);
	}

}
