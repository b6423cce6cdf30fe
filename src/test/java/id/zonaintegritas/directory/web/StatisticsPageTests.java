package id.zonaintegritas.directory.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.zonaintegritas.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static id.zonaintegritas.support.HtmlValidator.assertValidHtml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalIntegrationTest
class StatisticsPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void chartsAreServerRenderedWithTheSameNumbersInTables() throws Exception {
		String html = this.mvc.perform(get("/statistik"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Integer sumsel = this.jdbc
			.queryForObject("select count(*) from work_unit u join region g on g.code = u.region_code "
					+ "where coalesce(g.parent_code, g.code) = '16'", Integer.class);

		assertThat(html).contains("class=\"bar-chart\"").contains("<svg").doesNotContain("<script>");
		assertThat(html)
			.containsPattern("data-province=\"16\">\\s*<th scope=\"row\"><a[^>]*>Sumatera Selatan</a></th>\\s*<td[^>]*>"
					+ sumsel + "</td>");
		assertThat(html).contains("Unit kerja menurut tahap").contains("Penetapan");
		assertValidHtml(html);
	}

	@Test
	void unitsThatHaveNotDeclaredAreCountedApartFromThoseAtPencanangan() throws Exception {
		String html = this.mvc.perform(get("/statistik")).andReturn().getResponse().getContentAsString();
		Integer notDeclared = this.jdbc.queryForObject("""
				select count(*) from work_unit u left join zi_programme p on p.work_unit_id = u.id
				where coalesce(p.stage, 'PENCANANGAN') = 'PENCANANGAN' and u.latest_declared_on is null
				""", Integer.class);

		assertThat(notDeclared).isPositive();
		assertThat(html)
			.containsPattern("<th scope=\"row\">Belum mencanangkan</th>\\s*<td[^>]*>" + notDeclared + "</td>");
		assertThat(html)
			.doesNotContainPattern("<th scope=\"row\">Pencanangan</th>\\s*<td[^>]*>" + notDeclared + "</td>");
	}

	@Test
	void everyBarLinksToTheDirectorySearchThatFindsItsUnits() throws Exception {
		String html = this.mvc.perform(get("/statistik")).andReturn().getResponse().getContentAsString();
		Matcher bar = Pattern
			.compile("<a href=\"(/direktori\\?[^\"]+)\" class=\"bar-link\">\\s*<span class=\"bar-label\">([^<]+)</span>"
					+ "[\\s\\S]*?<span class=\"bar-value\">([\\d.]+) unit</span>")
			.matcher(html);
		List<String> checked = new ArrayList<>();

		while (bar.find()) {
			String search = HtmlUtils.htmlUnescape(bar.group(1));
			int count = Integer.parseInt(bar.group(3).replace(".", ""));
			String found = this.mvc.perform(get(search)).andReturn().getResponse().getContentAsString();
			assertThat(found).as(bar.group(2) + " → " + search)
				.contains((count == 1) ? "1 unit kerja ditemukan" : count + " unit kerja ditemukan");
			checked.add(search);
		}

		assertThat(checked).as("bars of the charts")
			.anyMatch((search) -> search.contains("tahap=BELUM"))
			.anyMatch((search) -> search.contains("tahap=PENETAPAN"))
			.anyMatch((search) -> search.contains("predikat=WBK"))
			.anyMatch((search) -> search.contains("tahun=2021"))
			.anyMatch((search) -> search.contains("induk=bps-provinsi-banten"));
	}

}
