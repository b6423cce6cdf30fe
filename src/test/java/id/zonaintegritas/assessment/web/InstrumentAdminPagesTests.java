package id.zonaintegritas.assessment.web;

import java.nio.charset.StandardCharsets;
import java.time.Year;

import id.zonaintegritas.assessment.InstrumentFiles;
import id.zonaintegritas.assessment.InstrumentService;
import id.zonaintegritas.assessment.SelfAssessmentService;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ProgrammeDates;
import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.Sessions;
import id.zonaintegritas.support.TestData;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static id.zonaintegritas.support.HtmlValidator.assertValidHtml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Administrators load, read, publish or discard versions of the LKE, and edit checklists.
 */
@PortalIntegrationTest
class InstrumentAdminPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	InstrumentService instruments;

	@Autowired
	SelfAssessmentService assessments;

	Cookie admin;

	@BeforeEach
	void logIn() throws Exception {
		this.admin = Sessions.logIn(this.mvc, "admin");
	}

	@Test
	void brokenFilesAreRefusedWithEveryProblemByFileAndLineAndNothingIsStored() throws Exception {
		long versions = versionCount();
		String scoring = bundled(InstrumentFiles.SCORING).replace("A_C,B,0.5,", "A_C,B,1.5,");

		MockHttpServletResponse response = this.mvc
			.perform(upload("Versi rusak " + System.nanoTime(), InstrumentFiles.SCORING, scoring))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(422);
		String html = response.getContentAsString();
		assertThat(html).contains("Berkas instrumen ditolak")
			.contains("scoring.csv")
			.contains("Nilai 1,5 di luar rentang 0 sampai 1.")
			.contains("<td data-label=\"Baris\">5</td>");
		assertValidHtml(html);
		assertThat(versionCount()).isEqualTo(versions);
	}

	@Test
	void aLoadedVersionIsReadBeforeItIsPublishedAndADraftCanBeDiscarded() throws Exception {
		String name = "Uji " + System.nanoTime();
		String location = this.mvc.perform(upload(name, null, null)).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/admin/lke/versi/");

		String preview = page(location);
		assertThat(preview).contains(name)
			.contains("Draf: periksa isinya")
			.contains("Unit kerja telah membentuk tim")
			.contains("Nilai total")
			.contains("75,00 poin")
			.contains("Terbitkan versi ini");
		assertValidHtml(preview);
		assertThat(page("/admin/lke")).contains(name).contains("Draf, belum terbit");
		MockHttpServletResponse file = this.mvc.perform(get(location + "/berkas/questions.csv").cookie(this.admin))
			.andReturn()
			.getResponse();
		assertThat(file.getContentAsString()).startsWith("code,component,part");

		this.mvc.perform(post(location + "/buang").with(csrf()).cookie(this.admin))
			.andExpect(redirectedUrl("/admin/lke"));
		assertThat(this.jdbc.queryForObject("select count(*) from lke_version where name = ?", Long.class, name))
			.isZero();
	}

	@Test
	void aPublishedVersionCanBeNeitherPublishedAgainNorDiscarded() throws Exception {
		long bundled = this.instruments.inForce().id();

		MockHttpServletResponse response = this.mvc
			.perform(post("/admin/lke/versi/" + bundled + "/buang").with(csrf()).cookie(this.admin))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(422);
		assertThat(response.getContentAsString()).contains("sudah diterbitkan dan tidak dapat diubah atau dibuang");
		assertThat(this.instruments.inForce().id()).isEqualTo(bundled);
	}

	@Test
	@Transactional // publishing cannot be undone: this test's changes are rolled back
	void aPublishedVersionIsTheOneNewSelfAssessmentsUseWhileStartedOnesKeepTheirs() throws Exception {
		long unit = TestData.newWorkUnit(this.jdbc, "BPS");
		Actor staff = TestData.staffOf(this.jdbc, unit);
		long before = this.assessments.start(unit, Year.now(ProgrammeDates.WIB).getValue(), staff).versionId();
		String location = this.mvc.perform(upload("Uji terbit " + System.nanoTime(), null, null))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		this.mvc.perform(post(location + "/terbitkan").with(csrf()).cookie(this.admin))
			.andExpect(redirectedUrl(location));

		long published = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(this.instruments.inForce().id()).isEqualTo(published);
		long other = TestData.newWorkUnit(this.jdbc, "BPS");
		assertThat(this.assessments
			.start(other, Year.now(ProgrammeDates.WIB).getValue(), TestData.staffOf(this.jdbc, other))
			.versionId()).isEqualTo(published);
		assertThat(this.jdbc.queryForObject(
				"select version_id from lke_assessment where work_unit_id = ? and period_year = ?", Long.class, unit,
				Year.now(ProgrammeDates.WIB).getValue()))
			.isEqualTo(before);
	}

	@Test
	void anInstitutionsChecklistIsWrittenALinePerDocumentAndItsUnitsSeeIt() throws Exception {
		long institution = this.jdbc.queryForObject(
				"insert into institution (code, name, kind) values (?, ?, 'KEMENTERIAN_LEMBAGA') returning id",
				Long.class, "CEK-" + System.nanoTime() % 100000, "Instansi Daftar Periksa");
		long version = this.instruments.inForce().id();

		this.mvc
			.perform(post("/admin/lke/daftar-periksa").param("instansi", "" + institution)
				.param("versi", "" + version)
				.param("area", "A")
				.param("items[PPA1A]", "SK pembentukan tim\n\nDaftar hadir rapat tim\n")
				.with(csrf())
				.cookie(this.admin))
			.andExpect(redirectedUrl(
					"/admin/lke/daftar-periksa?instansi=" + institution + "&versi=" + version + "&area=A"));

		assertThat(
				this.jdbc.queryForList("select text from lke_checklist_item where institution_id = ? order by position",
						String.class, institution))
			.containsExactly("SK pembentukan tim", "Daftar hadir rapat tim");
		String page = page("/admin/lke/daftar-periksa?instansi=" + institution + "&versi=" + version + "&area=A");
		assertThat(page).contains("SK pembentukan tim\nDaftar hadir rapat tim");
		assertValidHtml(page);
	}

	private MockMultipartHttpServletRequestBuilder upload(String name, String replaced, String content) {
		MockMultipartHttpServletRequestBuilder request = multipart("/admin/lke");
		String[][] fields = { { "questions", InstrumentFiles.QUESTIONS }, { "scoring", InstrumentFiles.SCORING },
				{ "minimums", InstrumentFiles.MINIMUMS }, { "hasil", InstrumentFiles.HASIL },
				{ "numericInputs", InstrumentFiles.NUMERIC_INPUTS }, { "penjelasan", InstrumentFiles.PENJELASAN } };
		for (String[] field : fields) {
			String text = field[1].equals(replaced) ? content : bundled(field[1]);
			request.file(new MockMultipartFile(field[0], field[1], "text/csv", text.getBytes(StandardCharsets.UTF_8)));
		}
		request.param("name", name).with(csrf()).cookie(this.admin);
		return request;
	}

	private static String bundled(String file) {
		return new String(InstrumentFiles.bundled().contents().get(file), StandardCharsets.UTF_8);
	}

	private long versionCount() {
		return this.jdbc.queryForObject("select count(*) from lke_version", Long.class);
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path).cookie(this.admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
