package id.zonaintegritas.directory.web;

import java.nio.charset.StandardCharsets;

import id.zonaintegritas.support.PortalIntegrationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A unit's page places it among the units of its regency or city, with the figures the
 * directory finds there.
 */
@PortalIntegrationTest
class UnitPeersTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aUnitPageSaysHowItsRegionsUnitsStand() throws Exception {
		String page = this.mvc.perform(get("/direktori/balai-besar-pom-serang"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		var peers = Jsoup.parse(page).selectFirst("a[href^=/direktori?wilayah=]");
		long units = count("select count(*) from work_unit where region_code = '36.73'");
		long designated = count("""
				select count(*) from work_unit u join programme_standing s on s.work_unit_id = u.id
				where u.region_code = '36.73' and s.held_predicate is not null""");
		long declared = count(
				"select count(*) from work_unit where region_code = '36.73' and latest_declared_on is not null");

		assertThat(peers.attr("href")).isEqualTo("/direktori?wilayah=36.73");
		assertThat(peers.text()).isEqualTo(designated + " dari " + units
				+ " unit kerja di Kota Serang ditetapkan WBK/WBBM; " + declared + " telah mencanangkan");
		assertThat(designated).isPositive();
		String found = this.mvc.perform(get(peers.attr("href")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(found).contains(units + " unit kerja ditemukan");
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

}
