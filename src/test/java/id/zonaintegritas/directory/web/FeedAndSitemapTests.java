package id.zonaintegritas.directory.web;

import java.io.ByteArrayInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import id.zonaintegritas.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@PortalIntegrationTest
class FeedAndSitemapTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theFeedIsWellFormedAtomWithDeclarationsDesignationsAndRevocations() throws Exception {
		Document feed = xml("/feed.atom");

		assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
		String text = feed.getDocumentElement().getTextContent();
		assertThat(text).contains("Pencanangan Zona Integritas: Balai Besar POM di Serang")
			.contains("Penetapan predikat: BPS Provinsi Sumatera Selatan")
			.contains("Pencabutan predikat: Dinas Kependudukan dan Pencatatan Sipil Kabupaten Serang");
	}

	@Test
	void theSitemapListsThePublicPagesAndEveryUnit() throws Exception {
		Document sitemap = xml("/sitemap.xml");

		assertThat(sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "url").getLength())
			.isEqualTo(3 + this.jdbc.queryForObject("select count(*) from work_unit", Integer.class));
		assertThat(sitemap.getDocumentElement().getTextContent()).contains("/direktori/bps-kabupaten-serang");
	}

	private Document xml(String path) throws Exception {
		byte[] body = this.mvc.perform(get(path)).andReturn().getResponse().getContentAsByteArray();
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
	}

}
