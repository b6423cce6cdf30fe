package id.zonaintegritas.account.web;

import java.nio.charset.StandardCharsets;

import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.Sessions;
import id.zonaintegritas.support.TestData;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static id.zonaintegritas.support.HtmlValidator.assertValidHtml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An institution's administrator manages the units, accounts and TPI teams of its own
 * institution and nothing else; the national administrator keeps the rest.
 */
@PortalIntegrationTest
class InstitutionAdministratorTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	Cookie bpsAdmin;

	String username;

	@BeforeEach
	void logIn() throws Exception {
		this.username = TestData.institutionAdminOf(this.jdbc, "BPS").username();
		this.bpsAdmin = Sessions.logIn(this.mvc, this.username);
	}

	@Test
	void itLandsOnItsUnitsAndSeesOnlyThose() throws Exception {
		this.mvc.perform(formLogin().user(this.username).password(Sessions.DEMO_PASSWORD))
			.andExpect(redirectedUrl("/admin/unit-kerja"));
		String units = page("/admin/unit-kerja");
		assertThat(units).contains("BPS Kabupaten Serang", "BPS Provinsi Sumatera Selatan")
			.doesNotContain("Balai Besar POM di Serang", "Inspektorat Kabupaten Serang");
		long bpom = unitId("balai-besar-pom-serang");
		this.mvc.perform(get("/admin/unit-kerja/" + bpom).cookie(this.bpsAdmin)).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/unit-kerja/" + bpom + "/pindah").cookie(this.bpsAdmin))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/instansi").cookie(this.bpsAdmin)).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin").cookie(this.bpsAdmin)).andExpect(status().isForbidden());
	}

	@Test
	void itCreatesUnitsOfItsOwnInstitutionOnly() throws Exception {
		long bps = institutionId("BPS");
		long bpom = institutionId("BPOM");
		String name = "BPS Kota Uji Admin " + System.nanoTime() % 100000;

		this.mvc
			.perform(post("/admin/unit-kerja/baru").with(csrf())
				.cookie(this.bpsAdmin)
				.param("institutionId", String.valueOf(bpom))
				.param("name", name)
				.param("regionCode", "36.04")
				.param("staffCount", "20"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/unit-kerja/baru").with(csrf())
				.cookie(this.bpsAdmin)
				.param("institutionId", String.valueOf(bps))
				.param("name", name)
				.param("regionCode", "36.04")
				.param("staffCount", "20"))
			.andExpect(redirectedUrl("/admin/unit-kerja"));

		assertThat(this.jdbc.queryForObject(
				"select i.code from work_unit u join institution i on i.id = u.institution_id where u.name = ?",
				String.class, name))
			.isEqualTo("BPS");
	}

	@Test
	void itGivesOnlyTheRolesAndScopesOfItsInstitution() throws Exception {
		long bpomUnit = unitId("balai-besar-pom-serang");
		String refused = this.mvc
			.perform(post("/admin/akun/baru").with(csrf())
				.cookie(this.bpsAdmin)
				.param("username", "staf.lintas-" + System.nanoTime() % 100000)
				.param("displayName", "Staf Lintas Instansi")
				.param("email", "lintas." + System.nanoTime() + "@uji.example")
				.param("roles", "AGENCY_STAFF", "ADMIN")
				.param("workUnitIds", String.valueOf(bpomUnit)))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertValidHtml(refused);
		assertThat(refused).contains("hanya dapat memberi peran staf unit kerja, inspektorat, dan pimpinan instansi",
				"hanya dapat mengaitkan unit kerja instansinya sendiri");

		String accounts = page("/admin/akun");
		assertThat(accounts).contains("staf.bps-kab-serang").doesNotContain("staf.bbpom-serang", ">admin<");
		long demoAdmin = this.jdbc.queryForObject("select id from account where username = 'admin'", Long.class);
		this.mvc.perform(get("/admin/akun/" + demoAdmin).cookie(this.bpsAdmin)).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/akun/" + demoAdmin + "/reset-kata-sandi").with(csrf()).cookie(this.bpsAdmin))
			.andExpect(status().isForbidden());
	}

	@Test
	void itImportsUnitsOfItsInstitutionButNoInstitutions() throws Exception {
		String imports = page("/admin/impor");
		assertThat(imports).contains("heading-unit-kerja", "heading-akun", "heading-tim-tpi")
			.contains("Instansi baru dibuat oleh administrator nasional.")
			.doesNotContain("heading-institusi");
		this.mvc
			.perform(multipart("/admin/impor/institusi").file(new MockMultipartFile("file", "i.csv", "text/csv",
					"kode;nama;jenis;kode_wilayah\nLAIN;Instansi Lain;KEMENTERIAN_LEMBAGA;\n"
						.getBytes(StandardCharsets.UTF_8)))
				.with(csrf())
				.cookie(this.bpsAdmin))
			.andExpect(status().isForbidden());
		String refused = this.mvc
			.perform(multipart("/admin/impor/unit-kerja").file(new MockMultipartFile("file", "u.csv", "text/csv",
					"instansi;nama;kode_wilayah;jumlah_pegawai\nBPOM;Balai Lain;36.04;10\n"
						.getBytes(StandardCharsets.UTF_8)))
				.with(csrf())
				.cookie(this.bpsAdmin))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("Baris 2: Instansi &quot;BPOM&quot; bukan instansi yang Anda kelola.");
	}

	private String page(String path) throws Exception {
		String html = this.mvc.perform(get(path).cookie(this.bpsAdmin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertValidHtml(html);
		return html;
	}

	private long unitId(String slug) {
		return this.jdbc.queryForObject("select id from work_unit where slug = ?", Long.class, slug);
	}

	private long institutionId(String code) {
		return this.jdbc.queryForObject("select id from institution where code = ?", Long.class, code);
	}

}
