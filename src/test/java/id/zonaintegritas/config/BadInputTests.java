package id.zonaintegritas.config;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import id.zonaintegritas.declaration.DeclarationService;
import id.zonaintegritas.pact.PactService;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.support.Declarations;
import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.Sessions;
import id.zonaintegritas.support.StaffPages;
import id.zonaintegritas.support.TestData;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What users sent that once ended in a 500: each now gets a 4xx, or the form again, with
 * a message in their language, and nothing stored is changed.
 */
@PortalIntegrationTest
class BadInputTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DeclarationService declarations;

	@Autowired
	PactService pact;

	@Test
	void pageNumbersPastTheEndOrBelowOneAreAnsweredWithAMessage() throws Exception {
		assertThat(body(
				this.mvc.perform(get("/direktori?halaman=999999999")).andExpect(status().isNotFound()).andReturn()))
			.contains("Halaman 999.999.999 tidak ada");
		assertThat(body(this.mvc.perform(get("/direktori?halaman=0")).andExpect(status().isBadRequest()).andReturn()))
			.contains("Nomor halaman 0 tidak valid");
		assertThat(body(this.mvc.perform(get("/direktori?halaman=2147483647&lang=en"))
			.andExpect(status().isNotFound())
			.andReturn())).contains("Page 2,147,483,647 does not exist");

		StaffPages staff = StaffPages.newUnit(this.mvc, this.jdbc);
		Declarations.declareAndSign(this.declarations, this.pact, staff.unit(), staff.staff());
		this.mvc.perform(get(staff.path("/pakta?halaman=999999999")).cookie(staff.session()))
			.andExpect(status().isNotFound());
		Cookie reviewer = Sessions.logIn(this.mvc, TestData.reviewerOf(this.jdbc, "BPS").username());
		this.mvc.perform(get("/inspektorat?halaman=999999999").cookie(reviewer)).andExpect(status().isNotFound());
		this.mvc.perform(get("/audit?halaman=2147483647").cookie(reviewer)).andExpect(status().isNotFound());
	}

	@Test
	void yearsOutsideTheProgrammeAreABadRequest() throws Exception {
		for (String year : new String[] { "0", "2013", "2147483647", "-5" }) {
			assertThat(body(
					this.mvc.perform(get("/direktori?tahun=" + year)).andExpect(status().isBadRequest()).andReturn()))
				.contains("di luar masa program Zona Integritas");
		}
	}

	@Test
	void aValueOfTheWrongKindInTheDirectorysAddressIsABadRequestThatNamesIt() throws Exception {
		assertThat(
				body(this.mvc.perform(get("/direktori?tahun=dua-ribu")).andExpect(status().isBadRequest()).andReturn()))
			.contains("Nilai tahun pada alamat ini tidak dapat dibaca: “dua-ribu”");
		assertThat(body(this.mvc.perform(get("/direktori?tahap=SELESAI&lang=en"))
			.andExpect(status().isBadRequest())
			.andReturn())).contains("The address has a value for tahap that cannot be read: “SELESAI”");
		for (String address : new String[] { "/direktori?instansi=bps", "/direktori?predikat=WBX",
				"/direktori?halaman=dua" }) {
			this.mvc.perform(get(address)).andExpect(status().isBadRequest());
		}
	}

	@Test
	void aNulByteOrControlCharactersInASearchAreCleanedNotAnError() throws Exception {
		assertThat(body(this.mvc.perform(get("/direktori").param("q", "ser\u0000ang\u0007"))
			.andExpect(status().isOk())
			.andReturn())).contains("Balai Besar POM di Serang");
	}

	@Test
	void textIsCleanedOnceOnTheWayInBeforeItIsStored() throws Exception {
		StaffPages staff = StaffPages.newUnit(this.mvc, this.jdbc);

		this.mvc
			.perform(post(staff.path("/pencanangan")).with(csrf())
				.cookie(staff.session())
				.param("venue", "  Aula\u0000 \u202EUtama\u202C\u0007  ")
				.param("witnesses[0].kind", "OMBUDSMAN")
				.param("witnesses[0].organisationName", "Ombudsman\u0001 RI")
				.param("witnesses[0].personName", "Budi"))
			.andExpect(status().is3xxRedirection());

		assertThat(this.jdbc.queryForObject("select venue from declaration where work_unit_id = ?", String.class,
				staff.unit()))
			.isEqualTo("Aula Utama");
		assertThat(this.jdbc.queryForObject(
				"select organisation_name from witness w join declaration d on d.id = w.declaration_id where d.work_unit_id = ?",
				String.class, staff.unit()))
			.isEqualTo("Ombudsman RI");
	}

	@Test
	void anUnknownOrMalformedLanguageCookieShowsThePageInIndonesian() throws Exception {
		for (String value : new String[] { "%00", "fr", "zz-ZZ-x", "e n", "en_US" }) {
			String page = body(this.mvc.perform(get("/direktori").cookie(new Cookie("lang", value)))
				.andExpect(status().isOk())
				.andReturn());
			assertThat(page).contains(value.startsWith("en") ? "<html lang=\"en\"" : "<html lang=\"id\"");
		}
	}

	@Test
	void aStageRequestNoteLongerThanItsColumnIsRefusedWithAMessage() throws Exception {
		StaffPages staff = StaffPages.newUnit(this.mvc, this.jdbc);
		Declarations.declareAndSign(this.declarations, this.pact, staff.unit(), staff.staff());

		String page = body(this.mvc
			.perform(post(staff.path("/tahap")).with(csrf()).cookie(staff.session()).param("note", "x".repeat(4001)))
			.andExpect(status().isUnprocessableContent())
			.andReturn());

		assertThat(page).contains("Paling banyak 4.000 karakter.").contains("x".repeat(4001));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from stage_request r join zi_programme p on p.id = r.programme_id where p.work_unit_id = ?",
				Long.class, staff.unit()))
			.isZero();
	}

	@Test
	void reviewersMayWriteLongReasonsAndAreToldWhenOneIsTooLong() throws Exception {
		StaffPages staff = StaffPages.newUnit(this.mvc, this.jdbc);
		Declarations.declareAndSign(this.declarations, this.pact, staff.unit(), staff.staff());
		this.mvc.perform(post(staff.path("/tahap")).with(csrf()).cookie(staff.session()).param("confirmed", "true"));
		long request = this.jdbc.queryForObject(
				"select r.id from stage_request r join zi_programme p on p.id = r.programme_id where p.work_unit_id = ?",
				Long.class, staff.unit());
		Cookie reviewer = Sessions.logIn(this.mvc, TestData.reviewerOf(this.jdbc, "BPS").username());

		String tooLong = body(this.mvc
			.perform(post("/inspektorat/pengajuan/" + request).with(csrf())
				.cookie(reviewer)
				.param("version", "0")
				.param("outcome", "RETURNED")
				.param("reason", "y".repeat(4001)))
			.andExpect(status().isUnprocessableContent())
			.andReturn());
		assertThat(tooLong).contains("Paling banyak 4.000 karakter.").contains("y".repeat(4001));

		String reason = "Lengkapi bukti dukung. ".repeat(40);
		this.mvc
			.perform(post("/inspektorat/pengajuan/" + request).with(csrf())
				.cookie(reviewer)
				.param("version", "0")
				.param("outcome", "RETURNED")
				.param("reason", reason)
				.param("confirmed", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select reason from stage_request_decision where request_id = ?",
				String.class, request))
			.isEqualTo(reason.strip());
	}

	@Test
	void aFormIndexFarBeyondAnyFormIsABadRequest() throws Exception {
		StaffPages staff = StaffPages.newUnit(this.mvc, this.jdbc);

		String page = body(this.mvc
			.perform(post(staff.path("/pencanangan")).with(csrf())
				.cookie(staff.session())
				.param("witnesses[100000].personName", "x"))
			.andExpect(status().isBadRequest())
			.andReturn());

		assertThat(page).contains("Formulir yang dikirim tidak utuh atau memuat terlalu banyak baris");
	}

	@Test
	void aNewPasswordLongerThanBcryptReadsIsRefusedOnTheForm() throws Exception {
		Actor staff = TestData.staffOf(this.jdbc, TestData.newWorkUnit(this.jdbc, "BPS"));
		Cookie session = Sessions.logIn(this.mvc, staff.username());
		String tooLong = "kata sandi yang sangat panjang ".repeat(3);

		String page = body(this.mvc
			.perform(post("/akun/kata-sandi").with(csrf())
				.cookie(session)
				.param("currentPassword", Sessions.DEMO_PASSWORD)
				.param("newPassword", tooLong)
				.param("confirmation", tooLong))
			.andExpect(status().isUnprocessableContent())
			.andReturn());

		assertThat(page).contains("Kata sandi terlalu panjang: paling banyak 72 bita");
	}

	@Test
	void controlCharactersStoredByOtherMeansNeverBreakTheAtomFeed() throws Exception {
		long unit = TestData.newWorkUnit(this.jdbc, "BPS");
		this.jdbc.update(
				"""
						insert into declaration (work_unit_id, status, declared_on, venue, official_name, official_position,
						                         created_by, submitted_at)
						values (?, 'SUBMITTED', current_date, 'Aula' || chr(1) || chr(27) || ' Utama', 'Kepala', 'Kepala', 'psql',
						        now())
						""",
				unit);

		byte[] feed = this.mvc.perform(get("/feed.atom"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		String text = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(feed))
			.getDocumentElement()
			.getTextContent();
		assertThat(text).contains("Aula Utama");
	}

	@Test
	void theOpenDataCsvDefusesSpreadsheetFormulasLikeTheOtherExports() throws Exception {
		long unit = TestData.newWorkUnit(this.jdbc, "BPS");
		this.jdbc.update("update work_unit set name = ? where id = ?", "=HYPERLINK(\"http://x\";\"y\") " + unit, unit);

		String csv = new String(
				this.mvc.perform(get("/data/unit-kerja.csv")).andReturn().getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);

		assertThat(csv).contains("'=HYPERLINK").doesNotContain(",\"=HYPERLINK");
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString();
	}

}
