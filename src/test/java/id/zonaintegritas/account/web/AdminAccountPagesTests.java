package id.zonaintegritas.account.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.Sessions;
import id.zonaintegritas.support.TestData;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalIntegrationTest
class AdminAccountPagesTests {

	static final Pattern TEMPORARY_PASSWORD = Pattern.compile("<code>([A-Za-z0-9-]{19})</code>");

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
	void administratorsHaveAHomeThatCountsWhatTheyLookAfterAndLeadsToEachPart() throws Exception {
		String home = page("/admin");
		long units = this.jdbc.queryForObject("select count(*) from work_unit", Long.class);
		long accounts = this.jdbc.queryForObject("select count(*) from account", Long.class);

		assertThat(Jsoup.parse(home).select("main a").eachAttr("href")).contains("/admin/akun", "/admin/instansi",
				"/admin/unit-kerja", "/admin/periode", "/admin/lke", "/admin/singkatan", "/audit");
		assertThat(Jsoup.parse(home).text())
			.contains(String.format(java.util.Locale.forLanguageTag("id"), "%,d unit kerja terdaftar", units))
			.containsPattern(String.format(java.util.Locale.forLanguageTag("id"), "%,d", accounts)
					+ " akun, \\d+ di antaranya nonaktif");
		assertValidHtml(home);
	}

	@Test
	void theAccountListAndFormsAreValidPages() throws Exception {
		String list = page("/admin/akun");
		String form = page("/admin/akun/baru");

		assertThat(list).contains("staf.bps-kab-serang").contains("inspektorat.bps");
		assertThat(form).contains("Nama pengguna").contains("Cari unit kerja");
		assertValidHtml(list);
		assertValidHtml(form);
	}

	@Test
	void aRefusedFormShowsEveryErrorAtOnceInIndonesianAndKeepsWhatWasTyped() throws Exception {
		String html = this.mvc
			.perform(post("/admin/akun/baru").with(csrf())
				.cookie(this.admin)
				.param("username", "staf.baru-" + System.nanoTime() % 100000)
				.param("displayName", "Tim ZI <b>Baru</b>")
				.param("email", "bukan-surel")
				.param("roles", "AGENCY_STAFF"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("Periksa kembali isian berikut")
			.contains("Alamat surel tidak sah.")
			.as("the service's rules beside the form's own")
			.contains("Staf harus terikat pada sedikitnya satu unit kerja.")
			.contains("value=\"Tim ZI &lt;b&gt;Baru&lt;/b&gt;\"")
			.contains("value=\"bukan-surel\"")
			.doesNotContain("<b>Baru</b>");
		assertValidHtml(html);
	}

	@Test
	void staffWithoutAUnitIsRefusedByTheServiceRuleOnTheField() throws Exception {
		String html = this.mvc
			.perform(post("/admin/akun/baru").with(csrf())
				.cookie(this.admin)
				.param("username", "Staf Tanpa Unit")
				.param("displayName", "Tanpa Unit")
				.param("email", "tanpa.unit@uji.example")
				.param("roles", "AGENCY_STAFF", "TPN"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).as("every rule broken, at once")
			.contains("Nama pengguna 3–60 karakter")
			.contains("Staf harus terikat pada sedikitnya satu unit kerja.")
			.contains("Akun TPN tidak dapat memegang peran lain.");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from account where username in ('staf tanpa unit', 'Staf Tanpa Unit')", Integer.class))
			.isZero();
	}

	@Test
	void unitsAreChosenBySearchingWithoutJavaScriptAndTheListShowsEachAccountsScope() throws Exception {
		String empty = page("/admin/akun/baru");
		String found = this.mvc
			.perform(post("/admin/akun/baru").with(csrf())
				.cookie(this.admin)
				.param("username", "staf.pencarian")
				.param("displayName", "Tim ZI")
				.param("roles", "AGENCY_STAFF")
				.param("unitSearch", "pom di serang")
				.param("cariUnit", "1"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long bbpom = this.jdbc.queryForObject("select id from work_unit where slug = 'balai-besar-pom-serang'",
				Long.class);
		String chosen = this.mvc
			.perform(post("/admin/akun/baru").with(csrf())
				.cookie(this.admin)
				.param("username", "staf.pencarian")
				.param("displayName", "Tim ZI")
				.param("roles", "AGENCY_STAFF")
				.param("workUnitIds", String.valueOf(bbpom))
				.param("institutionSearch", "zzz-tidak-ada")
				.param("cariInstansi", "1"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String list = page("/admin/akun");

		assertThat(empty).doesNotContain("<select").doesNotContain("multiple").contains("Cari unit kerja");
		assertValidHtml(empty);
		assertThat(found).contains("Balai Besar POM di Serang").contains("value=\"staf.pencarian\"");
		assertThat(Jsoup.parse(found).select("input[name=workUnitIds][value=" + bbpom + "]").hasAttr("checked"))
			.as("found, to be ticked")
			.isFalse();
		assertValidHtml(found);
		assertThat(Jsoup.parse(chosen).select("input[name=workUnitIds][value=" + bbpom + "]").hasAttr("checked"))
			.as("a ticked unit stays ticked while another picker searches")
			.isTrue();
		assertThat(chosen).contains("Tidak ada yang cocok dengan pencarian itu.");
		assertThat(this.jdbc.queryForObject("select count(*) from account where username = 'staf.pencarian'",
				Integer.class))
			.as("a search saves nothing")
			.isZero();
		assertThat(Jsoup.parse(list).select("tr:has(a:containsOwn(staf.bbpom-serang)) td[data-label=Cakupan]").text())
			.isEqualTo("Balai Besar POM di Serang");
		assertThat(Jsoup.parse(list).select("tr:has(a:containsOwn(inspektorat.bpom)) td[data-label=Cakupan]").text())
			.contains("Instansi: Badan Pengawas Obat dan Makanan");
	}

	@Test
	void aNewAccountGetsATemporaryPasswordThatMustBeReplacedAtTheFirstLogin() throws Exception {
		long unit = TestData.newWorkUnit(this.jdbc, "BPS");
		String username = "staf.baru-" + unit;
		String created = this.mvc
			.perform(post("/admin/akun/baru").with(csrf())
				.cookie(this.admin)
				.param("username", username)
				.param("displayName", "Tim ZI Baru")
				.param("email", username + "@uji.example")
				.param("roles", "AGENCY_STAFF")
				.param("workUnitIds", String.valueOf(unit)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher temporary = TEMPORARY_PASSWORD.matcher(created);
		assertThat(temporary.find()).as("the temporary password is shown once").isTrue();

		Cookie user = Sessions.logIn(this.mvc, username, temporary.group(1));
		this.mvc.perform(get("/akun").cookie(user)).andExpect(redirectedUrl("/akun/kata-sandi"));
		this.mvc.perform(get("/").cookie(user)).andExpect(redirectedUrl("/akun/kata-sandi"));

		String tooShort = refusedPasswordChange(user, temporary.group(1), "pendek");
		String tooCommon = refusedPasswordChange(user, temporary.group(1), "passwordpassword");
		String containsName = refusedPasswordChange(user, temporary.group(1), "aku-" + username + "-rahasia");
		assertThat(tooShort).contains("Kata sandi baru paling sedikit 12 karakter.").doesNotContain("pendek\"");
		assertThat(tooCommon).contains("Kata sandi ini terlalu umum");
		assertThat(containsName).contains("tidak boleh memuat nama pengguna");

		this.mvc
			.perform(post("/akun/kata-sandi").with(csrf())
				.cookie(user)
				.param("currentPassword", temporary.group(1))
				.param("newPassword", "kopi tubruk di ciruas pagi")
				.param("confirmation", "kopi tubruk di ciruas pagi"))
			.andExpect(redirectedUrl("/akun"));
		this.mvc.perform(get("/akun").cookie(user)).andExpect(status().isOk());
		assertThat(this.jdbc.queryForObject("select must_change_password from account where username = ?",
				Boolean.class, username))
			.isFalse();
	}

	@Test
	void anAdministratorDisablesAnAccountAndItsOpenSessionLosesItsScope() throws Exception {
		long unit = TestData.newWorkUnit(this.jdbc, "BPS");
		String username = TestData.staffOf(this.jdbc, unit).username();
		long id = this.jdbc.queryForObject("select id from account where username = ?", Long.class, username);

		this.mvc
			.perform(post("/admin/akun/{id}", id).with(csrf())
				.cookie(this.admin)
				.param("displayName", "Dinonaktifkan")
				.param("email", username + "@uji.example")
				.param("roles", "AGENCY_STAFF")
				.param("workUnitIds", String.valueOf(unit))
				.param("enabled", "false")
				.param("version", "0"))
			.andExpect(redirectedUrl("/admin/akun"));

		assertThat(this.jdbc.queryForObject("select enabled from account where id = ?", Boolean.class, id)).isFalse();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'ACCOUNT_UPDATED' and object_id = ?", Integer.class,
				String.valueOf(id)))
			.isEqualTo(1);
	}

	@Test
	void theLastAdministratorCannotBeDisabled() throws Exception {
		long id = this.jdbc.queryForObject("select id from account where username = 'admin'", Long.class);
		long version = this.jdbc.queryForObject("select version from account where id = ?", Long.class, id);
		// Other tests create administrators of their own: for this one, "admin" is the
		// last.
		List<Long> others = this.jdbc.queryForList("""
				select a.id from account a join account_role r on r.account_id = a.id and r.role = 'ADMIN'
				where a.enabled and a.username <> 'admin'
				""", Long.class);
		others.forEach((other) -> this.jdbc.update("update account set enabled = false where id = ?", other));
		try {
			String html = this.mvc
				.perform(post("/admin/akun/{id}", id).with(csrf())
					.cookie(this.admin)
					.param("displayName", "Administrator Portal")
					.param("email", "admin@portal-zi.example")
					.param("roles", "ADMIN")
					.param("enabled", "false")
					.param("version", String.valueOf(version)))
				.andExpect(status().isUnprocessableContent())
				.andReturn()
				.getResponse()
				.getContentAsString();

			assertThat(html).contains("administrator aktif terakhir");
			assertThat(this.jdbc.queryForObject("select enabled from account where id = ?", Boolean.class, id))
				.isTrue();
		}
		finally {
			others.forEach((other) -> this.jdbc.update("update account set enabled = true where id = ?", other));
		}
	}

	@Test
	void aPasswordResetForcesANewPasswordAtTheNextLogin() throws Exception {
		String username = TestData.staffOf(this.jdbc, TestData.newWorkUnit(this.jdbc, "BPS")).username();
		long id = this.jdbc.queryForObject("select id from account where username = ?", Long.class, username);

		String form = this.mvc.perform(get("/admin/akun/{id}", id).cookie(this.admin))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String check = this.mvc.perform(get("/admin/akun/{id}/reset-kata-sandi", id).cookie(this.admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).as("the account page only leads to the check")
			.contains("href=\"/admin/akun/" + id + "/reset-kata-sandi\"")
			.doesNotContain("action=\"/admin/akun/" + id + "/reset-kata-sandi\"");
		assertThat(check).contains("Atur ulang kata sandi " + username + "?")
			.contains("langsung tidak berlaku")
			.contains("action=\"/admin/akun/" + id + "/reset-kata-sandi\"")
			.contains("Batal");
		assertValidHtml(check);
		assertThat(this.jdbc.queryForObject("select must_change_password from account where id = ?", Boolean.class, id))
			.as("opening the check changes nothing")
			.isFalse();

		String html = this.mvc.perform(post("/admin/akun/{id}/reset-kata-sandi", id).with(csrf()).cookie(this.admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		Matcher temporary = TEMPORARY_PASSWORD.matcher(html);
		assertThat(temporary.find()).isTrue();
		Cookie user = Sessions.logIn(this.mvc, username, temporary.group(1));
		this.mvc.perform(get("/akun").cookie(user)).andExpect(redirectedUrl("/akun/kata-sandi"));
	}

	private String refusedPasswordChange(Cookie user, String current, String newPassword) throws Exception {
		return this.mvc
			.perform(post("/akun/kata-sandi").with(csrf())
				.cookie(user)
				.param("currentPassword", current)
				.param("newPassword", newPassword)
				.param("confirmation", newPassword))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path).cookie(this.admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
