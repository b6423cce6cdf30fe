package id.zonaintegritas.directory.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.TestData;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A unit's badge says what the portal's data says now — designated with its decree's
 * year, building, not declared, revoked — as an SVG with its text alternative, and the
 * unit's page gives the code that links it back to the page.
 */
@PortalIntegrationTest
class UnitBadgeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theBadgeSaysWhereEachUnitStands() throws Exception {
		assertThat(statusOf("balai-besar-pom-serang")).isEqualTo("WBK · 2022");
		assertThat(statusOf("disdukcapil-kabupaten-serang")).isEqualTo("WBK dicabut · 2024");
		assertThat(statusOf("stasiun-kipm-tanjungbalai-asahan")).isEqualTo("Membangun Zona Integritas");
		long unit = TestData.newWorkUnit(this.jdbc, "BPS");
		assertThat(statusOf(this.jdbc.queryForObject("select slug from work_unit where id = ?", String.class, unit)))
			.isEqualTo("Belum mencanangkan");
		this.mvc.perform(get("/direktori/tidak-ada-unit-ini/lencana.svg")).andExpect(status().isNotFound());
	}

	@Test
	void theBadgeIsAnSvgImageWithItsTextAlternativeInTheReadersLanguage() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/direktori/balai-besar-pom-serang/lencana.svg"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).startsWith("image/svg+xml");
		assertThat(response.getHeader("Cache-Control")).contains("max-age=300");
		Document svg = parse(response.getContentAsString(StandardCharsets.UTF_8));
		assertThat(svg.getDocumentElement().getAttribute("role")).isEqualTo("img");
		assertThat(svg.getElementsByTagName("title").item(0).getTextContent())
			.isEqualTo("Status Zona Integritas Balai Besar POM di Serang di Portal Zona Integritas: WBK · 2022");

		String english = this.mvc
			.perform(get("/direktori/disdukcapil-kabupaten-serang/lencana.svg").cookie(new Cookie("lang", "en")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(english).contains(">WBK revoked · 2024<");
	}

	@Test
	void eachUnitPageOffersTheBadgeSayingWhatTheBadgeSays() throws Exception {
		for (String slug : List.of("balai-besar-pom-serang", "disdukcapil-kabupaten-serang",
				"stasiun-kipm-tanjungbalai-asahan", "bps-kabupaten-serang", "bps-provinsi-banten")) {
			String page = this.mvc.perform(get("/direktori/" + slug))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			var html = Jsoup.parse(page);
			String alt = html.select("#badge-heading ~ p img").attr("alt");
			assertThat(alt).as(slug).endsWith(": " + statusOf(slug));
			assertThat(html.select("#badge-code").text()).as(slug)
				.contains("href=\"http://localhost:8080/direktori/" + slug + "\"")
				.contains("/direktori/" + slug + "/lencana.svg")
				.contains("alt=\"" + alt + "\"");
		}
	}

	private String statusOf(String slug) throws Exception {
		String svg = this.mvc.perform(get("/direktori/" + slug + "/lencana.svg"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		var texts = parse(svg).getElementsByTagName("text");
		return texts.item(texts.getLength() - 1).getTextContent();
	}

	private static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

}
