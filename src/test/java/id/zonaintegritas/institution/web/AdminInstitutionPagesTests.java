package id.zonaintegritas.institution.web;

import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.Sessions;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static id.zonaintegritas.support.HtmlValidator.assertValidHtml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalIntegrationTest
class AdminInstitutionPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	Cookie admin;

	@BeforeEach
	void logInAsAdmin() throws Exception {
		this.admin = Sessions.logIn(this.mvc, "admin");
	}

	@Test
	void aRegionIsChosenByProvinceFirstWithoutALongListOrJavaScript() throws Exception {
		String empty = this.mvc.perform(get("/admin/unit-kerja/baru").cookie(this.admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String banten = this.mvc
			.perform(post("/admin/unit-kerja/baru").with(csrf())
				.cookie(this.admin)
				.param("name", "Unit Wilayah Uji")
				.param("provinsi", "36")
				.param("tampilkanWilayah", "1"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		String institutions = this.mvc
			.perform(post("/admin/unit-kerja/baru").with(csrf())
				.cookie(this.admin)
				.param("name", "Unit Wilayah Uji")
				.param("institutionSearch", "statistik")
				.param("cariInstansi", "1"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Jsoup.parse(institutions).select("input[type=radio][name=institutionId] + label").eachText())
			.contains("Badan Pusat Statistik (BPS)")
			.hasSizeLessThanOrEqualTo(20);
		assertValidHtml(institutions);
		assertThat(Jsoup.parse(empty).select("select")).as("no 500-instansi list either")
			.noneMatch((select) -> select.select("option").size() > 45);
		assertThat(Jsoup.parse(empty).select("select#provinsi option")).hasSizeLessThan(45);
		assertThat(Jsoup.parse(empty).select("select[name=regionCode]")).as("no region list before a province")
			.isEmpty();
		assertValidHtml(empty);
		assertThat(Jsoup.parse(banten).select("select[name=regionCode] option").eachAttr("value"))
			.contains("36", "36.04", "36.72")
			.noneMatch((code) -> code.startsWith("16"));
		assertThat(banten).contains("value=\"Unit Wilayah Uji\"");
		assertValidHtml(banten);
		assertThat(this.jdbc.queryForObject("select count(*) from work_unit where name = 'Unit Wilayah Uji'",
				Integer.class))
			.isZero();
	}

	@Test
	void theListsAndFormsAreValidPages() throws Exception {
		long bps = this.jdbc.queryForObject("select id from institution where code = 'BPS'", Long.class);
		for (String path : new String[] { "/admin/instansi", "/admin/instansi/baru", "/admin/instansi/" + bps,
				"/admin/unit-kerja", "/admin/unit-kerja/baru" }) {
			String html = this.mvc.perform(get(path).cookie(this.admin))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertValidHtml(html);
		}
	}

	@Test
	void aMinistryHasNoRegionAndARegionalGovernmentNeedsOne() throws Exception {
		String ministryWithRegion = refusedInstitution("KEMEN-UJI", "Kementerian Uji", "KEMENTERIAN_LEMBAGA", "36");
		String regencyWithout = refusedInstitution("PEMKAB-UJI", "Pemerintah Kabupaten Uji", "KABUPATEN_KOTA", "");

		assertThat(ministryWithRegion).contains("kosongkan wilayahnya").contains("value=\"Kementerian Uji\"");
		assertThat(regencyWithout).contains("Pilih wilayah.");
		String bpsName = this.jdbc.queryForObject("select name from institution where code = 'BPS'", String.class);
		assertThat(refusedInstitution("BPS", bpsName, "KABUPATEN_KOTA", "")).as("every rule broken, at once")
			.contains("Kode BPS sudah dipakai.")
			.contains("sudah ada.")
			.contains("Pilih wilayah.");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from institution where code in ('KEMEN-UJI', 'PEMKAB-UJI')", Integer.class))
			.isZero();
	}

	@Test
	void anInstitutionAndItsUnitAreCreatedAndTheUnitAppearsOnTheHomePage() throws Exception {
		this.mvc
			.perform(post("/admin/instansi/baru").with(csrf())
				.cookie(this.admin)
				.param("code", "pemko-cilegon")
				.param("name", "Pemerintah Kota Cilegon")
				.param("kind", "KABUPATEN_KOTA")
				.param("regionCode", "36.72"))
			.andExpect(redirectedUrlPattern("/admin/instansi/*"));
		long cilegon = this.jdbc.queryForObject("select id from institution where code = 'PEMKO-CILEGON'", Long.class);

		this.mvc
			.perform(post("/admin/unit-kerja/baru").with(csrf())
				.cookie(this.admin)
				.param("institutionId", String.valueOf(cilegon))
				.param("name", "Dinas Penanaman Modal dan PTSP Kota Cilegon")
				.param("regionCode", "36.72")
				.param("staffCount", "64"))
			.andExpect(redirectedUrl("/admin/unit-kerja"));

		assertThat(
				this.jdbc.queryForObject("select slug from work_unit where institution_id = ?", String.class, cilegon))
			.isEqualTo("dinas-penanaman-modal-dan-ptsp-kota-cilegon");
		assertThat(this.mvc.perform(get("/")).andReturn().getResponse().getContentAsString())
			.contains("Dinas Penanaman Modal dan PTSP Kota Cilegon");
	}

	@Test
	void aUnitNeedsAPositiveStaffCountAndAFreeSlug() throws Exception {
		long bps = this.jdbc.queryForObject("select id from institution where code = 'BPS'", Long.class);

		String html = this.mvc
			.perform(post("/admin/unit-kerja/baru").with(csrf())
				.cookie(this.admin)
				.param("institutionId", String.valueOf(bps))
				.param("name", "BPS Kota Serang")
				.param("slug", "bps-kabupaten-serang")
				.param("regionCode", "36.73")
				.param("staffCount", "banyak"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("Masukkan bilangan bulat.")
			.as("the service's rules beside the form's own")
			.contains("Alamat publik &quot;bps-kabupaten-serang&quot; sudah dipakai unit lain.")
			.contains("value=\"BPS Kota Serang\"");
	}

	private String refusedInstitution(String code, String name, String kind, String region) throws Exception {
		return this.mvc
			.perform(post("/admin/instansi/baru").with(csrf())
				.cookie(this.admin)
				.param("code", code)
				.param("name", name)
				.param("kind", kind)
				.param("regionCode", region))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
