package id.zonaintegritas.workflow.web;

import java.time.Instant;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.zonaintegritas.declaration.DeclarationService;
import id.zonaintegritas.pact.PactService;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.support.Declarations;
import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.Sessions;
import id.zonaintegritas.support.TestData;
import id.zonaintegritas.workflow.Outcome;
import id.zonaintegritas.workflow.StageRequestView;
import id.zonaintegritas.workflow.WorkflowService;
import jakarta.servlet.http.Cookie;
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

/** The inspektorat's workspace as reviewers use it. */
@PortalIntegrationTest
class ReviewWorkspaceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	WorkflowService workflow;

	@Autowired
	DeclarationService declarations;

	@Autowired
	PactService pact;

	long unit;

	Actor staff;

	Actor reviewer;

	Cookie reviewerSession;

	@BeforeEach
	void unitWithARequest() throws Exception {
		this.unit = TestData.newWorkUnit(this.jdbc, "BPS");
		this.staff = TestData.staffOf(this.jdbc, this.unit);
		this.reviewer = TestData.reviewerOf(this.jdbc, "BPS");
		this.reviewerSession = Sessions.logIn(this.mvc, this.reviewer.username());
	}

	@Test
	void theQueueShowsWaitingRequestsOfTheReviewersInstitutionsOldestFirstWithFilters() throws Exception {
		StageRequestView request = declareAndRequest();

		String queue = page("/inspektorat");
		String filteredOut = page("/inspektorat?tahap=PENILAIAN");
		String bpomOnly = this.mvc.perform(get("/inspektorat").cookie(Sessions.logIn(this.mvc, "inspektorat.bpom")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(queue).contains("/inspektorat/pengajuan/" + request.id()).contains("Pencanangan → Pembangunan");
		assertThat(queue.indexOf("BPS Provinsi Sumatera Selatan")).as("the older demo request comes first")
			.isLessThan(queue.indexOf("/inspektorat/pengajuan/" + request.id()));
		assertThat(filteredOut).doesNotContain("/inspektorat/pengajuan/" + request.id());
		assertThat(bpomOnly).doesNotContain("/inspektorat/pengajuan/" + request.id());
		assertValidHtml(queue);
	}

	@Test
	void aReviewerApprovesFromTheReviewPageAndTheUnitMoves() throws Exception {
		StageRequestView request = declareAndRequest();
		String review = page("/inspektorat/pengajuan/" + request.id());
		assertThat(review).contains("Ombudsman RI").contains("Simpan keputusan");
		assertValidHtml(review);

		String check = this.mvc
			.perform(post("/inspektorat/pengajuan/" + request.id()).with(csrf())
				.cookie(this.reviewerSession)
				.param("outcome", "APPROVED")
				.param("reason", "Lengkap")
				.param("version", String.valueOf(request.version())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(check).contains("Periksa keputusan Anda sebelum disimpan")
			.contains("pindah dari tahap Pencanangan ke tahap Pembangunan")
			.contains("Setujui pengajuan")
			.contains("value=\"Lengkap\"");
		assertValidHtml(check);
		assertThat(this.workflow.programme(this.unit).stage().name()).as("nothing happens before it is confirmed")
			.isEqualTo("PENCANANGAN");
		String changing = this.mvc
			.perform(post("/inspektorat/pengajuan/" + request.id()).with(csrf())
				.cookie(this.reviewerSession)
				.param("outcome", "APPROVED")
				.param("reason", "Lengkap")
				.param("version", String.valueOf(request.version()))
				.param("confirmed", "true")
				.param("change", "true"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(changing).as("back to the form with what was chosen and written")
			.containsPattern("value=\"APPROVED\"[^>]*checked")
			.contains(">Lengkap</textarea>");
		assertThat(this.workflow.programme(this.unit).stage().name()).isEqualTo("PENCANANGAN");

		this.mvc
			.perform(post("/inspektorat/pengajuan/" + request.id()).with(csrf())
				.cookie(this.reviewerSession)
				.param("outcome", "APPROVED")
				.param("reason", "Lengkap")
				.param("version", String.valueOf(request.version()))
				.param("confirmed", "true"))
			.andExpect(redirectedUrl("/inspektorat"));

		assertThat(this.workflow.programme(this.unit).stage().name()).isEqualTo("PEMBANGUNAN");
		assertThat(this.mvc.perform(get("/direktori/" + slug())).andReturn().getResponse().getContentAsString())
			.contains("Pembangunan");
	}

	@Test
	void returningWithoutAReasonIsRefusedAndTheTypedDecisionIsKept() throws Exception {
		StageRequestView request = declareAndRequest();

		String html = this.mvc
			.perform(post("/inspektorat/pengajuan/" + request.id()).with(csrf())
				.cookie(this.reviewerSession)
				.param("outcome", "RETURNED")
				.param("reason", " ")
				.param("version", String.valueOf(request.version())))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("Tuliskan alasannya: staf unit membacanya")
			.containsPattern("value=\"RETURNED\"[^>]*checked");
		assertThat(this.workflow.programme(this.unit).openRequest().orElseThrow().status().name())
			.isEqualTo("SUBMITTED");
	}

	@Test
	void aSecondReviewerIsToldWhoDecidedFirstAndWhen() throws Exception {
		StageRequestView request = declareAndRequest();
		this.workflow.decide(request.id(), request.version(), Outcome.APPROVED, null, this.reviewer);
		Actor second = TestData.reviewerOf(this.jdbc, "BPS");
		Cookie secondSession = Sessions.logIn(this.mvc, second.username());

		String page = this.mvc
			.perform(post("/inspektorat/pengajuan/" + request.id()).with(csrf())
				.cookie(secondSession)
				.param("outcome", "REJECTED")
				.param("reason", "Terlambat")
				.param("version", String.valueOf(request.version()))
				.param("confirmed", "true"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();

		String decidedAt = this.jdbc.queryForObject(
				"select to_char(decided_at at time zone 'Asia/Jakarta', "
						+ "'YYYY-MM-DD HH24:MI') from stage_request_decision where request_id = ?",
				String.class, request.id());
		assertThat(page).contains("sudah diputuskan oleh " + this.reviewer.username() + " pada " + decidedAt + " WIB");
		assertThat(this.jdbc.queryForObject("select count(*) from stage_request_decision where request_id = ?",
				Integer.class, request.id()))
			.isEqualTo(1);
	}

	@Test
	void reviewersOutsideTheInstitutionAndReviewersWhoAreStaffOfTheUnitAreRefused() throws Exception {
		StageRequestView request = declareAndRequest();
		Cookie bpom = Sessions.logIn(this.mvc, "inspektorat.bpom");

		this.mvc.perform(get("/inspektorat/pengajuan/" + request.id()).cookie(bpom)).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/inspektorat/pengajuan/" + request.id()).with(csrf())
				.cookie(bpom)
				.param("outcome", "APPROVED")
				.param("version", String.valueOf(request.version())))
			.andExpect(status().isForbidden());
		assertThat(this.workflow.programme(this.unit).openRequest()).isPresent();
	}

	@Test
	void aReviewerMarksTheQueueAsSeenWithAPostAndOnlyWhatWasShown() throws Exception {
		StageRequestView request = declareAndRequest();
		this.jdbc.update("update account set queue_seen_at = '2000-01-01' where username = ?",
				this.reviewer.username());
		String queue = page("/inspektorat");
		assertThat(queue).containsPattern("\\(\\d+ menunggu, [1-9]\\d* baru\\)").contains("Tandai sudah dilihat");
		assertValidHtml(queue);
		Matcher shown = Pattern.compile("name=\"sampai\" value=\"([^\"]+)\"").matcher(queue);
		assertThat(shown.find()).as("the form says up to when").isTrue();
		assertThat(Instant.parse(shown.group(1))).isAfterOrEqualTo(request.requestedAt());
		this.mvc.perform(
				post("/inspektorat/dilihat").with(csrf()).cookie(this.reviewerSession).param("sampai", shown.group(1)))
			.andExpect(redirectedUrl("/inspektorat"));

		assertThat(page("/inspektorat")).contains(", 0 baru)").doesNotContain("Tandai sudah dilihat");
	}

	@Test
	void staffSeeANewDecisionOnceAndReviewersSeeTheirCounts() throws Exception {
		StageRequestView request = declareAndRequest();
		String navigation = page("/inspektorat/unit/" + this.unit);
		assertThat(navigation).containsPattern("\\(\\d+ menunggu, \\d+ baru\\)");

		this.workflow.decide(request.id(), request.version(), Outcome.RETURNED, "Lampirkan notulen", this.reviewer);
		Cookie staffSession = Sessions.logIn(this.mvc, this.staff.username());
		String first = this.mvc.perform(get("/staf").cookie(staffSession))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String second = this.mvc.perform(get("/staf").cookie(staffSession))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(first).contains("Pemberitahuan baru (1)")
			.contains("Lampirkan notulen")
			.contains("Tandai sudah dibaca");
		assertValidHtml(first);
		assertThat(second).as("looking changes nothing").contains("Pemberitahuan baru (1)");
		this.mvc
			.perform(post("/staf/keputusan/dibaca").with(csrf())
				.cookie(staffSession)
				.param("sampai", this.jdbc.queryForObject(
						"select to_char(max(decided_at) at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') "
								+ "from stage_request_decision where request_id = ?",
						String.class, request.id())))
			.andExpect(redirectedUrl("/staf"));
		String afterMarking = this.mvc.perform(get("/staf").cookie(staffSession))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(afterMarking).as("marked as read").doesNotContain("Pemberitahuan baru");
	}

	@Test
	void theAuditPageIsScopedForReviewersAndExportsCsv() throws Exception {
		StageRequestView request = declareAndRequest();
		this.workflow.decide(request.id(), request.version(), Outcome.APPROVED, null, this.reviewer);
		// A line as an earlier version of the portal wrote it, in English.
		this.jdbc.update("""
				insert into audit_entry (actor, actor_role, action, object_type, object_id, work_unit_id, summary)
				values (?, 'REVIEWER', 'DECLARATION_SAVED', 'Declaration', '0', ?, '2 witness(es), 1 upload(s)')
				""", this.reviewer.username(), this.unit);

		String mine = page("/audit?pengguna=" + this.reviewer.username());
		String bpom = this.mvc
			.perform(get("/audit?pengguna=" + this.reviewer.username())
				.cookie(Sessions.logIn(this.mvc, "inspektorat.bpom")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String csv = this.mvc
			.perform(get("/audit.csv?pengguna=" + this.reviewer.username()).cookie(this.reviewerSession))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String admin = this.mvc.perform(get("/audit?pengguna=admin").cookie(Sessions.logIn(this.mvc, "admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		String english = page("/audit?pengguna=" + this.reviewer.username() + "&lang=en");

		assertThat(mine).contains("Permohonan tahap disetujui")
			.contains("2 saksi, 1 dokumen baru")
			.doesNotContain("STAGE_REQUEST_APPROVED")
			.doesNotContain("witness");
		assertValidHtml(mine);
		assertThat(english).contains("Stage request approved").contains("2 witness(es), 1 new document(s)");
		assertThat(bpom).doesNotContain("Permohonan tahap disetujui");
		assertThat(csv).startsWith("\uFEFFwaktu;pengguna;peran;kode_tindakan;tindakan")
			.contains(";STAGE_REQUEST_APPROVED;Permohonan tahap disetujui;")
			.containsPattern("\\n\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+07:00;" + this.reviewer.username());
		assertThat(admin).contains("Jejak audit");
	}

	private String slug() {
		return this.jdbc.queryForObject("select slug from work_unit where id = ?", String.class, this.unit);
	}

	private StageRequestView declareAndRequest() {
		Declarations.declareAndSign(this.declarations, this.pact, this.unit, this.staff);
		return this.workflow.requestNextStage(this.unit, "Pencanangan selesai", Set.of(), this.staff);
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path).cookie(this.reviewerSession))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
