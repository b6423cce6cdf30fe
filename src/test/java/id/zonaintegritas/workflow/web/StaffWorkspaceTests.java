package id.zonaintegritas.workflow.web;

import java.util.List;
import java.util.Set;

import id.zonaintegritas.declaration.DeclarationService;
import id.zonaintegritas.document.DocumentService;
import id.zonaintegritas.pact.PactService;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.support.Declarations;
import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.StaffPages;
import id.zonaintegritas.support.TestData;
import id.zonaintegritas.workflow.Outcome;
import id.zonaintegritas.workflow.StageRequestView;
import id.zonaintegritas.workflow.WorkflowService;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static id.zonaintegritas.support.HtmlValidator.assertValidHtml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The dashboard, the evidence library and stage requests, as staff use them. */
@PortalIntegrationTest
class StaffWorkspaceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DeclarationService declarations;

	@Autowired
	PactService pact;

	@Autowired
	DocumentService documents;

	@Autowired
	WorkflowService workflow;

	StaffPages pages;

	@BeforeEach
	void newUnit() throws Exception {
		this.pages = StaffPages.newUnit(this.mvc, this.jdbc);
	}

	@Test
	void theDashboardListsWhatIsMissingByTheWorkflowsOwnRules() throws Exception {
		String before = page("/staf");
		assertThat(tasks(before)).containsExactly("Isi dan ajukan pencanangan: Belum selesai",
				"Catat pakta integritas pimpinan unit: Belum selesai",
				"Ajukan tahap pembangunan: Belum dapat dimulai: selesaikan langkah di atas");
		assertThat(before).doesNotContain("Ajukan tahap Pembangunan</a>");
		assertValidHtml(before);

		declare();

		String after = page("/staf");
		assertThat(tasks(after)).containsExactly("Isi dan ajukan pencanangan: ✓ Selesai",
				"Catat pakta integritas pimpinan unit: ✓ Selesai", "Ajukan tahap pembangunan: Siap diajukan");
		assertThat(Jsoup.parse(after).select("a.button[href=\"" + this.pages.path("/tahap") + "\"]").text())
			.as("a button that names the next stage")
			.isEqualTo("Ajukan tahap Pembangunan");
		assertValidHtml(after);
	}

	@Test
	void whileTheUnitBuildsTheTaskListFollowsItsSelfAssessmentAndTheTpi() throws Exception {
		declare();
		StageRequestView request = this.workflow.requestNextStage(this.pages.unit(), "Selesai", Set.of(),
				this.pages.staff());
		this.workflow.decide(request.id(), request.version(), Outcome.APPROVED, null,
				TestData.reviewerOf(this.jdbc, "BPS"));
		int staffCount = this.jdbc.queryForObject("select staff_count from work_unit where id = ?", Integer.class,
				this.pages.unit());

		List<String> tasks = tasks(page("/staf"));

		assertThat(tasks).containsExactly("Isi dan ajukan pencanangan: ✓ Selesai",
				"Pakta integritas seluruh pegawai: 1 dari " + staffCount + " pegawai telah menandatangani ("
						+ (100 / staffCount) + "%)",
				"Isi dan ajukan penilaian mandiri (LKE): Belum dimulai",
				"Evaluasi TPI inspektorat (LHE): Dimulai setelah LKE diajukan");
	}

	@Test
	void theDemoStaffSeeTheirUnitWithItsCoverage() throws Exception {
		String html = this.mvc
			.perform(get("/staf").cookie(id.zonaintegritas.support.Sessions.logIn(this.mvc, "staf.bps-kab-serang")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("BPS Kabupaten Serang").contains("42 dari 48 pegawai (87%)");
	}

	@Test
	void evidenceIsUploadedListedDownloadedWithItsTypeAndDeletedWhileUnused() throws Exception {
		this.mvc
			.perform(multipart(this.pages.path("/dokumen"))
				.file(new MockMultipartFile("file", "../../laporan<1>.pdf", "text/plain", TestData.pdf("bukti")))
				.with(csrf())
				.cookie(this.pages.session()))
			.andExpect(redirectedUrl(this.pages.path("/dokumen")));
		long id = this.jdbc.queryForObject("select id from document where work_unit_id = ?", Long.class,
				this.pages.unit());

		String library = page(this.pages.path("/dokumen"));
		MockHttpServletResponse download = this.mvc
			.perform(get(this.pages.path("/dokumen/" + id)).cookie(this.pages.session()))
			.andReturn()
			.getResponse();

		assertThat(library).contains("laporan_1_.pdf");
		assertValidHtml(library);
		assertThat(download.getContentType()).isEqualTo("application/pdf");
		assertThat(download.getHeader("Content-Disposition")).startsWith("attachment").contains("laporan_1_.pdf");
		assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");

		String check = page(this.pages.path("/dokumen/" + id + "/hapus"));
		assertThat(library).contains("href=\"" + this.pages.path("/dokumen/" + id + "/hapus") + "\"");
		assertThat(check).contains("Hapus laporan_1_.pdf?").contains("tidak dapat dikembalikan").contains("Batal");
		assertValidHtml(check);
		assertThat(this.documents.ofWorkUnit(this.pages.unit())).as("opening the check deletes nothing").hasSize(1);

		this.mvc.perform(post(this.pages.path("/dokumen/" + id + "/hapus")).with(csrf()).cookie(this.pages.session()))
			.andExpect(redirectedUrl(this.pages.path("/dokumen")));
		assertThat(this.documents.ofWorkUnit(this.pages.unit())).isEmpty();
	}

	@Test
	void aDisallowedFileIsRefusedWithAClearMessageAndNothingIsStored() throws Exception {
		String page = this.mvc
			.perform(multipart(this.pages.path("/dokumen"))
				.file(new MockMultipartFile("file", "skrip.pdf", "application/pdf", "#!/bin/sh".getBytes()))
				.with(csrf())
				.cookie(this.pages.session()))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(this.documents.ofWorkUnit(this.pages.unit())).isEmpty();
		assertThat(page).contains("Jenis berkas tidak diizinkan");
	}

	@Test
	void aStageRequestIsCheckedBeforeItIsSentAndChangingItKeepsWhatWasTyped() throws Exception {
		declare();
		long evidence = this.documents
			.upload(this.pages.unit(), "notulen.pdf", TestData.pdf("notulen"), this.pages.staff())
			.id();

		String check = this.mvc
			.perform(post(this.pages.path("/tahap")).with(csrf())
				.cookie(this.pages.session())
				.param("note", "Pencanangan selesai")
				.param("documentIds", String.valueOf(evidence)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String changing = this.mvc
			.perform(post(this.pages.path("/tahap")).with(csrf())
				.cookie(this.pages.session())
				.param("note", "Pencanangan selesai")
				.param("documentIds", String.valueOf(evidence))
				.param("confirmed", "true")
				.param("change", "true"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(check).contains("Periksa pengajuan sebelum dikirim")
			.contains("Pencanangan → Pembangunan")
			.contains("notulen.pdf")
			.contains("Ajukan tahap Pembangunan")
			.contains("Batal");
		assertValidHtml(check);
		assertThat(changing).contains(">Pencanangan selesai</textarea>")
			.containsPattern("value=\"" + evidence + "\"[^>]*checked");
		assertThat(this.jdbc.queryForObject("""
				select count(*) from stage_request r join zi_programme p on p.id = r.programme_id
				where p.work_unit_id = ?
				""", Long.class, this.pages.unit())).as("nothing is sent before it is confirmed").isZero();
	}

	@Test
	void evidenceAttachedToARequestCannotBeDeleted() throws Exception {
		declare();
		long evidence = this.documents
			.upload(this.pages.unit(), "bukti.pdf", TestData.pdf("lampiran"), this.pages.staff())
			.id();
		this.mvc
			.perform(post(this.pages.path("/tahap")).with(csrf())
				.cookie(this.pages.session())
				.param("note", "Pencanangan selesai")
				.param("documentIds", String.valueOf(evidence))
				.param("confirmed", "true"))
			.andExpect(redirectedUrl(this.pages.path("/tahap")));

		this.mvc.perform(
				post(this.pages.path("/dokumen/" + evidence + "/hapus")).with(csrf()).cookie(this.pages.session()));

		assertThat(this.documents.ofWorkUnit(this.pages.unit())).extracting("id").containsExactly(evidence);
	}

	@Test
	void aRequestIsSubmittedWithEvidenceAndResubmittedAfterItIsReturned() throws Exception {
		declare();
		long evidence = this.documents.upload(this.pages.unit(), "bukti.pdf", TestData.pdf("bukti"), this.pages.staff())
			.id();

		this.mvc
			.perform(post(this.pages.path("/tahap")).with(csrf())
				.cookie(this.pages.session())
				.param("note", "Mohon persetujuan")
				.param("documentIds", String.valueOf(evidence))
				.param("confirmed", "true"))
			.andExpect(redirectedUrl(this.pages.path("/tahap")));
		StageRequestView request = this.workflow.programme(this.pages.unit()).openRequest().orElseThrow();
		assertThat(request.evidenceDocumentIds()).containsExactly(evidence);

		Actor reviewer = TestData.reviewerOf(this.jdbc, "BPS");
		this.workflow.decide(request.id(), request.version(), Outcome.RETURNED, "Lampirkan daftar hadir", reviewer);
		String returned = page(this.pages.path("/tahap"));
		assertThat(returned).contains("dikembalikan untuk perbaikan").contains("Lampirkan daftar hadir");
		assertValidHtml(returned);
		String check = this.mvc
			.perform(post(this.pages.path("/tahap/" + request.id() + "/ajukan-ulang")).with(csrf())
				.cookie(this.pages.session())
				.param("note", "Daftar hadir terlampir")
				.param("documentIds", String.valueOf(evidence)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(check).contains("Periksa pengajuan sebelum dikirim")
			.contains("action=\"" + this.pages.path("/tahap/" + request.id() + "/ajukan-ulang") + "\"");
		assertThat(
				this.jdbc.queryForObject("select status from stage_request where id = ?", String.class, request.id()))
			.as("nothing is sent before it is confirmed")
			.isEqualTo("RETURNED");

		this.mvc
			.perform(post(this.pages.path("/tahap/" + request.id() + "/ajukan-ulang")).with(csrf())
				.cookie(this.pages.session())
				.param("note", "Daftar hadir terlampir")
				.param("documentIds", String.valueOf(evidence))
				.param("confirmed", "true"))
			.andExpect(redirectedUrl(this.pages.path("/tahap")));
		assertThat(
				this.jdbc.queryForObject("select status from stage_request where id = ?", String.class, request.id()))
			.isEqualTo("SUBMITTED");
	}

	@Test
	void staffCannotReachAnotherUnitsPagesByEditingTheId() throws Exception {
		StaffPages other = StaffPages.newUnit(this.mvc, this.jdbc);
		for (String path : new String[] { "/pencanangan", "/pakta", "/dokumen", "/tahap", "/pakta/ekspor.csv" }) {
			this.mvc.perform(get(other.path(path)).cookie(this.pages.session())).andExpect(status().isForbidden());
		}
		long foreign = this.documents.upload(other.unit(), "x.pdf", TestData.pdf("x"), other.staff()).id();
		this.mvc.perform(get(this.pages.path("/dokumen/" + foreign)).cookie(this.pages.session()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(other.path("/dokumen/" + foreign + "/hapus")).with(csrf()).cookie(this.pages.session()))
			.andExpect(status().isForbidden());
		assertThat(this.documents.ofWorkUnit(other.unit())).hasSize(1);
	}

	private void declare() {
		Declarations.declareAndSign(this.declarations, this.pact, this.pages.unit(), this.pages.staff());
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path).cookie(this.pages.session()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The task list as a user reads it: each step and its state. */
	private static List<String> tasks(String html) {
		return Jsoup.parse(html)
			.select("ol.task-list li")
			.stream()
			.map((task) -> task.selectFirst(".task-name").text() + ": " + task.selectFirst(".task-status").text())
			.toList();
	}

}
