package id.zonaintegritas.config;

import java.util.List;

import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.Sessions;
import id.zonaintegritas.support.TestData;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The navigation leads each reader to the workspaces of their roles, and nowhere else.
 */
@PortalIntegrationTest
class NavigationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void eachRoleSeesItsOwnWorkspacesAndAVisitorTheLogin() throws Exception {
		String staff = TestData.staffOf(this.jdbc, TestData.newWorkUnit(this.jdbc, "BPS")).username();
		String reviewer = TestData.reviewerOf(this.jdbc, "BPS").username();

		assertThat(navigation(null)).containsExactly("Beranda", "Direktori", "Statistik", "Masuk");
		assertThat(navigation(staff)).startsWith("Beranda", "Direktori", "Statistik", "Dasbor unit")
			.doesNotContain("Administrasi", "Jejak audit", "Masuk");
		assertThat(navigation(reviewer)).contains("Rekap LKE", "Tim TPI", "Jejak audit")
			.doesNotContain("Dasbor unit", "Administrasi")
			.anyMatch((label) -> label.startsWith("Antrean pengajuan"));
		assertThat(navigation("admin"))
			.contains("Jejak audit", "Administrasi", "Akun", "Instansi", "Unit kerja", "Instrumen LKE", "Periode",
					"Singkatan")
			.doesNotContain("Dasbor unit", "Rekap LKE");
	}

	/**
	 * The labels of the main navigation's links, as the reader of /statistik sees them.
	 */
	private List<String> navigation(String username) throws Exception {
		var request = get("/statistik");
		if (username != null) {
			Cookie session = Sessions.logIn(this.mvc, username);
			request.cookie(session);
		}
		String html = this.mvc.perform(request).andReturn().getResponse().getContentAsString();
		return Jsoup.parse(html).select("nav.main-nav a").eachText();
	}

}
