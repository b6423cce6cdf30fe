package id.zonaintegritas.directory.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import id.zonaintegritas.shared.ProgrammeDates;
import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.Sessions;
import id.zonaintegritas.support.TestData;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static id.zonaintegritas.support.HtmlValidator.assertValidHtml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalIntegrationTest
class DirectoryPageTests {

	// The newest a declaration can be dated in a search: later than any other test's.
	static final int NEXT_YEAR = java.time.LocalDate.now(ProgrammeDates.WIB).getYear() + 1;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theDirectoryIsAValidPublicPageListingUnitsWithTheirStage() throws Exception {
		String html = page("/direktori");

		assertThat(html).contains("<title>Direktori Zona Integritas · Portal Zona Integritas</title>")
			.contains("<meta property=\"og:title\" content=\"Direktori Zona Integritas\">");
		assertValidHtml(html);
		// The demo's 28 units fill more than a page: Banten's are on the first of theirs.
		assertThat(page("/direktori?provinsi=36")).contains("Balai Besar POM di Serang").contains("Penetapan");
	}

	@Test
	void searchIgnoresCaseAndAccentsAndAcceptsPartialWords() throws Exception {
		assertThat(search("tanjung")).contains("Stasiun KIPM Tanjungbalai–Asahan")
			.doesNotContain("BPS Kabupaten Serang");
		assertThat(search("PÔM seRANG")).contains("Balai Besar POM di Serang").doesNotContain("BPS Kabupaten Serang");
		assertThat(search("statistik sumatera")).as("words may match the institution's name too")
			.contains("BPS Provinsi Sumatera Selatan")
			.doesNotContain("BPS Kabupaten Serang");
	}

	@Test
	void abbreviationsPeopleTypeFindTheUnitsTheyMean() throws Exception {
		assertThat(search("bbpom")).contains("Balai Besar POM di Serang").doesNotContain("BPS Kabupaten Serang");
		assertThat(search("BPOM serang")).contains("Balai Besar POM di Serang").doesNotContain("BPS Kabupaten Serang");
		assertThat(search("dukcapil")).contains("Dinas Kependudukan dan Pencatatan Sipil Kabupaten Serang");
		assertThat(search("kominfo"))
			.contains("Dinas Komunikasi, Informatika, Persandian dan Statistik Kabupaten Serang");
		assertThat(search("bps sumsel")).contains("BPS Provinsi Sumatera Selatan")
			.doesNotContain("BPS Kabupaten Serang");
		assertThat(search("pemkab serang")).as("an institution's short name")
			.contains("Dinas Kependudukan dan Pencatatan Sipil Kabupaten Serang")
			.doesNotContain("BPS Kabupaten Serang");
		assertThat(search("palembang")).as("a region's name").contains("BPS Provinsi Sumatera Selatan");
	}

	@Test
	void anAdministratorAddsAnAbbreviationAndTheSearchUsesItAtOnce() throws Exception {
		assertThat(search("karkipm")).doesNotContain("Stasiun KIPM Tanjungbalai–Asahan");
		Cookie admin = Sessions.logIn(this.mvc, "admin");
		MockHttpServletResponse refused = this.mvc
			.perform(post("/admin/singkatan").with(csrf())
				.cookie(admin)
				.param("abbreviation", "Kar KIPM")
				.param("expansion", "Stasiun KIPM"))
			.andReturn()
			.getResponse();
		assertThat(refused.getStatus()).isEqualTo(422);
		assertThat(refused.getContentAsString()).contains("hanya huruf kecil dan angka")
			.contains("value=\"Stasiun KIPM\"");
		this.mvc
			.perform(post("/admin/singkatan").with(csrf())
				.cookie(admin)
				.param("abbreviation", "karkipm")
				.param("expansion", "Stasiun KIPM"))
			.andExpect(redirectedUrl("/admin/singkatan"));

		assertThat(search("karkipm")).contains("Stasiun KIPM Tanjungbalai–Asahan");
		String list = this.mvc.perform(get("/admin/singkatan").cookie(admin))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains("karkipm").contains("stasiun kipm");
		assertValidHtml(list);
	}

	@Test
	void filtersNarrowByProvinceStagePredicateAndYear() throws Exception {
		assertThat(page("/direktori?provinsi=16&q=provinsi")).contains("BPS Provinsi Sumatera Selatan")
			.doesNotContain("Balai Besar POM di Serang");
		assertThat(page("/direktori?provinsi=16")).contains("BPS Kota Palembang")
			.doesNotContain("Balai Besar POM di Serang");
		assertThat(page("/direktori?tahap=PENETAPAN")).contains("Balai Besar POM di Serang")
			.doesNotContain("BPS Kabupaten Serang");
		assertThat(page("/direktori?predikat=WBK")).contains("BPS Provinsi Sumatera Selatan")
			.doesNotContain("Disdukcapil");
		assertThat(page("/direktori?tahun=2021")).contains("Stasiun KIPM Tanjungbalai–Asahan")
			.doesNotContain(">BPS Kabupaten Serang<");
	}

	@Test
	void filtersNarrowByRegencyAndInstitutionAndTheCountFollows() throws Exception {
		Long bps = this.jdbc.queryForObject("select id from institution where code = 'BPS'", Long.class);
		Long inSerang = this.jdbc.queryForObject("select count(*) from work_unit where region_code = '36.04'",
				Long.class);
		Long ofBps = this.jdbc.queryForObject("select count(*) from work_unit where institution_id = ?", Long.class,
				bps);

		assertThat(page("/direktori?provinsi=36&wilayah=36.04")).contains("BPS Kabupaten Serang")
			.contains("Inspektorat Kabupaten Serang")
			.doesNotContain("Balai Besar POM di Serang")
			.contains(inSerang + " unit kerja ditemukan");
		assertThat(page("/direktori?instansi=" + bps))
			.contains("<input type=\"hidden\" name=\"instansi\" value=\"" + bps + "\">")
			.contains("<strong>Badan Pusat Statistik</strong>")
			.contains("href=\"/direktori\">Semua instansi</a>")
			.doesNotContain("Inspektorat Provinsi Banten")
			.contains(ofBps + " unit kerja ditemukan");
		assertThat(page("/direktori?provinsi=36&instansi=" + bps)).contains("BPS Provinsi Banten")
			.contains("BPS Kabupaten Serang")
			.doesNotContain("Inspektorat Provinsi Banten");
	}

	@Test
	void theInstansiASearchNamesAreOfferedAsFiltersInsteadOfAListOfEveryInstansi() throws Exception {
		Long bps = this.jdbc.queryForObject("select id from institution where code = 'BPS'", Long.class);
		String first = page("/direktori");
		String named = page("/direktori?q=statistik&provinsi=36&halaman=1");

		assertThat(first).doesNotContain("<select id=\"instansi\"").doesNotContain("Instansi yang disebut");
		assertThat(first.getBytes(java.nio.charset.StandardCharsets.UTF_8)).as("the directory's first page")
			.hasSizeLessThan(25 * 1024);
		assertThat(named).contains("Instansi yang disebut pencarian Anda")
			.contains("href=\"/direktori?q=statistik&amp;provinsi=36&amp;instansi=" + bps
					+ "\">Badan Pusat Statistik</a>");
		assertThat(page("/direktori?q=statistik&provinsi=36&instansi=" + bps)).contains("BPS Provinsi Banten")
			.contains("<strong>Badan Pusat Statistik</strong>")
			.contains("href=\"/direktori?q=statistik&amp;provinsi=36\">Semua instansi</a>")
			.doesNotContain("Instansi yang disebut");
	}

	@Test
	void theYearFilterOffersEveryYearOfASubmittedDeclarationNewestFirst() throws Exception {
		List<Integer> years = this.jdbc.queryForList("""
				select distinct extract(year from declared_on)::int from declaration
				where status = 'SUBMITTED' order by 1 desc""", Integer.class);
		String html = page("/direktori");
		String yearSelect = html.substring(html.indexOf("<select id=\"tahun\""),
				html.indexOf("</select>", html.indexOf("<select id=\"tahun\"")));

		assertThat(years).hasSizeGreaterThan(1);
		assertThat(Pattern.compile("<option value=\"(\\d{4})\"")
			.matcher(yearSelect)
			.results()
			.map((m) -> m.group(1))
			.map(Integer::valueOf)
			.toList()).isEqualTo(years);
	}

	@Test
	void unitsAreSortedByNameByFurthestStageOrByNewestDeclaration() throws Exception {
		String byStage = page("/direktori?urut=tahap");
		// Other tests add units with newer declarations; "dinas" narrows to the demo's
		// two Dinas.
		String newest = page("/direktori?urut=terbaru&q=dinas");
		String byName = page("/direktori?provinsi=16&q=provinsi");

		assertThat(firstRowStage(byStage)).isEqualTo("Penetapan");
		assertThat(newest.indexOf("Dinas Komunikasi, Informatika")).as("declared 2021-03-10")
			.isPositive()
			.isLessThan(newest.indexOf("Dinas Kependudukan dan Pencatatan Sipil"));
		assertThat(byName.indexOf("BPS Provinsi Sumatera Selatan"))
			.isLessThan(byName.indexOf("Sekretariat Daerah Provinsi Sumatera Selatan"));
	}

	@Test
	void aUnitIsListedByItsLatestSubmittedDeclarationAsSoonAsItIsSubmitted() throws Exception {
		long unit = TestData.newWorkUnit(this.jdbc, "BPS");
		String slug = this.jdbc.queryForObject("select slug from work_unit where id = ?", String.class, unit);
		long declaration = this.jdbc.queryForObject("""
				insert into declaration (work_unit_id, declared_on, venue, official_name, official_position, created_by)
				values (?, make_date(?, 6, 30), 'Aula Uji', 'Kepala Uji', 'Kepala', 'uji') returning id
				""", Long.class, unit, NEXT_YEAR);
		assertThat(page("/direktori?tahun=" + NEXT_YEAR)).as("a draft is not a declaration yet").doesNotContain(slug);

		this.jdbc.update("update declaration set status = 'SUBMITTED', submitted_at = now() where id = ?", declaration);
		assertThat(page("/direktori?tahun=" + NEXT_YEAR)).contains(slug).contains("30 Juni " + NEXT_YEAR);
		assertThat(firstRowLink(page("/direktori?urut=terbaru"))).startsWith("/direktori/" + slug + "?cari=");

		this.jdbc.update("delete from declaration where id = ?", declaration);
		assertThat(page("/direktori?tahun=" + NEXT_YEAR)).doesNotContain(slug);
		assertThat(this.jdbc.queryForObject("select latest_declared_on from work_unit where id = ?", LocalDate.class,
				unit))
			.isNull();
	}

	@Test
	void aRowSaysWhereTheUnitIsAndOnlyWhatIsKnownOfItsDeclarationsDate() throws Exception {
		long unit = TestData.newWorkUnit(this.jdbc, "BPS");
		String slug = this.jdbc.queryForObject("select slug from work_unit where id = ?", String.class, unit);
		this.jdbc.update("""
				insert into declaration (work_unit_id, declared_on, declared_on_precision, venue, official_name,
				                         official_position, created_by, status, submitted_at)
				values (?, make_date(?, 6, 1), 'MONTH', 'Aula Uji', 'Kepala Uji', 'Kepala', 'uji', 'SUBMITTED', now())
				""", unit, NEXT_YEAR);

		String html = page("/direktori?tahun=" + NEXT_YEAR);
		int link = html.indexOf("href=\"/direktori/" + slug + "?cari=");
		assertThat(link).as("the unit's row").isPositive();
		String row = html.substring(link, html.indexOf("</tr>", link));

		assertThat(row).contains("data-label=\"Wilayah\">Kabupaten Serang, Banten</td>")
			.contains("data-label=\"Tahap\">Pencanangan</td>")
			.contains("data-label=\"Predikat yang dimiliki\">—</td>")
			.contains(">Juni " + NEXT_YEAR + "</td>")
			.doesNotContain("1 Juni");
		assertThat(page("/direktori?tahun=" + NEXT_YEAR + "&lang=en")).contains(">June " + NEXT_YEAR + "</td>");

		this.jdbc.update("delete from declaration where work_unit_id = ?", unit);
	}

	private static String firstRowLink(String html) {
		int link = html.indexOf("href=\"", html.indexOf("<tbody>")) + "href=\"".length();
		return html.substring(link, html.indexOf('"', link));
	}

	private static String firstRowStage(String html) {
		int row = html.indexOf("<tbody>");
		int cell = html.indexOf("data-label=\"Tahap\">", row);
		return html.substring(cell + "data-label=\"Tahap\">".length(), html.indexOf("</td>", cell));
	}

	@Test
	void aUnitPageFoundByASearchLeadsBackToThatSearch() throws Exception {
		String results = page("/direktori?q=serang&provinsi=36");
		String unitLink = HtmlUtils.htmlUnescape(firstRowLink(results));
		// As a browser sends it: the address is already encoded.
		String unitPage = this.mvc.perform(get(URI.create(unitLink))).andReturn().getResponse().getContentAsString();
		String direct = page(unitLink.substring(0, unitLink.indexOf('?')));
		String forged = this.mvc
			.perform(get(URI.create(unitLink.substring(0, unitLink.indexOf('?')) + "?cari=%2F%2Fevil.example")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(unitLink).contains("?cari=q%3Dserang%26provinsi%3D36");
		assertThat(unitPage).contains("<a href=\"/direktori?q=serang&amp;provinsi=36\">Kembali ke hasil pencarian</a>");
		assertValidHtml(unitPage);
		assertThat(direct).contains("Kembali ke daftar unit kerja").doesNotContain("Kembali ke hasil pencarian");
		assertThat(forged).doesNotContain("evil.example");
	}

	@Test
	void paginationShowsABoundedNumberOfPageLinks() throws Exception {
		String html = page("/direktori?halaman=1");
		int links = html.split("halaman=").length - 1;

		assertThat(links).as("first/last plus a window of at most five pages").isLessThanOrEqualTo(8);
	}

	private String search(String text) throws Exception {
		return this.mvc.perform(get("/direktori").param("q", text))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
