package id.zonaintegritas.directory.web;

import java.io.ByteArrayInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import id.zonaintegritas.directory.FeedEntry;
import id.zonaintegritas.directory.PublicEvents;
import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.TestData;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

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
	PublicEvents events;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theFeedIsWellFormedAtomWithDeclarationsDesignationsAndRevocationsNewestFirst() throws Exception {
		// Dated tomorrow, so that they are the newest events whatever other tests added.
		long unit = TestData.newWorkUnit(this.jdbc, "BPS");
		String name = this.jdbc.queryForObject("select name from work_unit where id = ?", String.class, unit);
		this.jdbc.update("""
				insert into declaration (work_unit_id, status, declared_on, venue, official_name, official_position,
				                         created_by, submitted_at)
				values (?, 'SUBMITTED', current_date, 'Aula', 'Kepala', 'Kepala Unit', 'uji', now() + interval '1 day')
				""", unit);
		long programme = this.jdbc.queryForObject(
				"insert into zi_programme (work_unit_id, stage, held_predicate) values (?, 'PENETAPAN', 'WBK') returning id",
				Long.class, unit);
		this.jdbc.update("""
				insert into designation (programme_id, predicate, decree_number, decree_date, recorded_by, recorded_at,
				                         revoked_at, revoked_by, revocation_reason, revocation_decree)
				values (?, 'WBK', 'SK 7/2026', current_date, 'uji', now() + interval '1 day',
				        now() + interval '2 days', 'uji', 'Evaluasi ulang', 'SK 8/2026')
				""", programme);

		Document feed = xml("/feed.atom");
		NodeList titles = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title");

		assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
		assertThat(titles.item(1).getTextContent()).isEqualTo("Pencabutan predikat: " + name);
		assertThat(titles.item(2).getTextContent()).isEqualTo("Penetapan predikat: " + name);
		assertThat(titles.item(3).getTextContent()).isEqualTo("Pencanangan Zona Integritas: " + name);
		assertThat(feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength())
			.isLessThanOrEqualTo(50);
	}

	@Test
	void aDeclarationKnownOnlyToItsYearIsDatedByItsYear() {
		assertThat(this.events.latest(1_000_000))
			.filteredOn((entry) -> entry.kind().equals("DECLARATION")
					&& entry.slug().equals("stasiun-kipm-tanjungbalai-asahan"))
			.extracting(FeedEntry::detail)
			.containsExactly("tempat yang tidak disebut dalam berita, 2021");
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
