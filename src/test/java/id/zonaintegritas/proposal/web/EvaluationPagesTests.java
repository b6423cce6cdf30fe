package id.zonaintegritas.proposal.web;

import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.zonaintegritas.assessment.InstrumentService;
import id.zonaintegritas.assessment.LkeVersion;
import id.zonaintegritas.assessment.SelfAssessmentService;
import id.zonaintegritas.evaluation.TpiEvaluationService;
import id.zonaintegritas.evaluation.TpiRole;
import id.zonaintegritas.evaluation.TpiTeamService;
import id.zonaintegritas.proposal.ProposalService;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ProgrammeDates;
import id.zonaintegritas.support.Lke;
import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.Sessions;
import id.zonaintegritas.support.TestData;
import jakarta.servlet.http.Cookie;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every page of the evaluations, as each actor sees it, is valid HTML and says what it
 * must; a refused proposal or decree comes back with why (422) and what was typed.
 */
@PortalIntegrationTest
class EvaluationPagesTests {

	static final int YEAR = Year.now(ProgrammeDates.WIB).getValue();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SelfAssessmentService assessments;

	@Autowired
	InstrumentService instruments;

	@Autowired
	TpiTeamService teams;

	@Autowired
	TpiEvaluationService tpi;

	@Autowired
	ProposalService proposals;

	@Test
	void eachActorsPagesAreValidAndShowTheScoresSideBySideAndTheGate() throws Exception {
		LkeVersion version = this.instruments.inForce();
		long unit = TestData.newWorkUnit(this.jdbc, "BPS");
		Actor staff = TestData.staffOf(this.jdbc, unit);
		Actor evaluator = TestData.reviewerOf(this.jdbc, "BPS");
		Actor lead = TestData.reviewerOf(this.jdbc, "BPS");
		Actor head = TestData.headOf(this.jdbc, "BPS");
		Actor tpn = TestData.tpn(this.jdbc);
		this.jdbc.update("insert into zi_programme (work_unit_id, stage, updated_at) values (?, 'PEMBANGUNAN', now())",
				unit);
		Map<String, TpiRole> roles = new LinkedHashMap<>();
		roles.put(evaluator.username(), TpiRole.EVALUATOR);
		roles.put(lead.username(), TpiRole.LEAD);
		this.teams.assign(unit, YEAR, roles, lead);
		this.assessments.start(unit, YEAR, staff);
		this.assessments.saveAnswers(unit, YEAR, Lke.best(version), staff);
		this.assessments.submit(unit, YEAR, staff);
		this.tpi.save(unit, YEAR, Lke.best(version), Lke.allStand(version, true), Map.of(), evaluator);

		Cookie evaluatorSession = Sessions.logIn(this.mvc, evaluator.username());
		assertThat(page("/inspektorat/unit/" + unit + "/evaluasi?tahun=" + YEAR, evaluatorSession))
			.contains("Nilai per area: unit dan evaluator")
			.contains("Semua syarat minimum WBK terpenuhi.")
			.contains("Evaluator");
		assertThat(page("/inspektorat/unit/" + unit + "/evaluasi/area/E?tahun=" + YEAR, evaluatorSession))
			.contains("Apakah jawaban unit diterima?")
			.contains("name=\"answers[PPE1A].revision\" value=\"1\"");
		Cookie leadSession = Sessions.logIn(this.mvc, lead.username());
		assertThat(page("/inspektorat/unit/" + unit + "/evaluasi/setujui?tahun=" + YEAR, leadSession))
			.contains("naik ke tahap pengusulan")
			.contains("Setujui LHE");
		this.tpi.approve(unit, YEAR, "LHE-9/" + YEAR, LocalDate.now(ProgrammeDates.WIB), lead);

		Cookie staffSession = Sessions.logIn(this.mvc, staff.username());
		assertThat(page("/staf/unit/" + unit + "/lke/hasil-tpi?tahun=" + YEAR, staffSession)).contains("LHE-9/" + YEAR)
			.contains("Terpenuhi");
		assertThat(page("/staf", staffSession)).contains("LHE TPI disetujui")
			.contains("naik ke pengusulan berdasarkan LHE");

		Cookie headSession = Sessions.logIn(this.mvc, head.username());
		assertThat(page("/instansi?tahun=" + YEAR, headSession)).contains("Dapat diusulkan")
			.contains("Memenuhi syarat WBK");
		assertThat(page("/instansi/unit/" + unit + "?tahun=" + YEAR, headSession)).contains("LHE-9/" + YEAR);
		MockHttpServletResponse everyProblem = this.mvc
			.perform(post("/instansi/usulan").param("tahun", String.valueOf(YEAR))
				.param("letterNumber", " ")
				.param("letterDate", LocalDate.now(ProgrammeDates.WIB).plusDays(3).toString())
				.with(csrf())
				.cookie(headSession))
			.andReturn()
			.getResponse();
		assertThat(everyProblem.getStatus()).isEqualTo(422);
		assertThat(everyProblem.getContentAsString()).as("every problem at once, before any check page")
			.contains("Pilih sedikitnya satu unit yang diusulkan.")
			.contains("Isi nomor surat pengantar.")
			.contains("Tanggal surat pengantar tidak boleh setelah hari ini.")
			.doesNotContain("Periksa usulan sebelum dikirim");
		assertValidHtml(everyProblem.getContentAsString());
		String proposalCheck = this.mvc
			.perform(post("/instansi/usulan").param("tahun", String.valueOf(YEAR))
				.param("unitIds", String.valueOf(unit))
				.param("letterNumber", "B-77/BPS/" + YEAR)
				.param("letterDate", LocalDate.now(ProgrammeDates.WIB).toString())
				.with(csrf())
				.cookie(headSession))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(proposalCheck).contains("Periksa usulan sebelum dikirim")
			.contains("Kirim usulan (1 unit)")
			.contains("type=\"file\"");
		assertValidHtml(proposalCheck);
		MockHttpServletResponse refused = this.mvc
			.perform(multipart("/instansi/usulan").param("tahun", String.valueOf(YEAR))
				.param("unitIds", String.valueOf(unit))
				.param("letterNumber", "B-77/BPS/" + YEAR)
				.param("letterDate", LocalDate.now(ProgrammeDates.WIB).toString())
				.param("confirmed", "true")
				.with(csrf())
				.cookie(headSession))
			.andReturn()
			.getResponse();
		assertThat(refused.getStatus()).isEqualTo(422);
		assertThat(refused.getContentAsString()).contains("Unggah surat pengantar (PDF).")
			.contains("Unggah SPTJM (PDF).")
			.contains("value=\"B-77/BPS/" + YEAR + "\"");
		assertValidHtml(refused.getContentAsString());
		long proposal = this.proposals
			.propose(head, YEAR, List.of(unit), "B-78/BPS/" + YEAR, LocalDate.now(ProgrammeDates.WIB), pdf(), pdf())
			.id();
		assertThat(page("/instansi/usulan/" + proposal, headSession)).contains("B-78/BPS/" + YEAR).contains("Menunggu");

		Cookie tpnSession = Sessions.logIn(this.mvc, tpn.username());
		assertThat(page("/tpn?tahun=" + YEAR, tpnSession)).contains("B-78/BPS/" + YEAR)
			.contains("unit memegang predikat saat ini")
			.doesNotContain("/pencabutan\"");
		assertThat(page("/tpn?tahun=" + YEAR + "&cari=POM di", tpnSession)).contains("Balai Besar POM di Serang</a>")
			.contains("/tpn/unit/");
		assertThat(page("/tpn/unit/" + unit + "?tahun=" + YEAR, tpnSession)).contains("Seleksi administrasi")
			.contains("Lolos dengan catatan");
		assertThat(page("/tpn/unit/" + unit + "/area/A?tahun=" + YEAR, tpnSession)).contains("Evaluasi TPN area A");
		assertThat(page("/tpn/unit/" + unit + "/pencabutan", tpnSession)).contains("Unit ini tidak memegang predikat.");
		this.jdbc.update("""
				update proposed_unit set selection = 'LOLOS', selected_by = 'tpn.uji', selected_at = now()
				where work_unit_id = ? and period_year = ?""", unit, YEAR);
		String check = this.mvc
			.perform(post("/tpn/unit/" + unit + "/penetapan").param("tahun", String.valueOf(YEAR))
				.param("decreeNumber", "SK MenPAN-RB 9/" + YEAR)
				.param("decreeDate", LocalDate.now(ProgrammeDates.WIB).toString())
				.with(csrf())
				.cookie(tpnSession))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(check).contains("Periksa penetapan sebelum dicatat")
			.contains("SK MenPAN-RB 9/" + YEAR)
			.contains("type=\"file\"")
			.contains("Catat penetapan WBK");
		assertValidHtml(check);
		assertThat(
				this.jdbc.queryForObject("select stage from zi_programme where work_unit_id = ?", String.class, unit))
			.as("nothing is recorded before it is confirmed")
			.isEqualTo("PENILAIAN");
		MockHttpServletResponse tooLong = this.mvc
			.perform(multipart("/tpn/unit/" + unit + "/penetapan")
				.file(new MockMultipartFile("decreeFile", "sk.pdf", "application/pdf", TestData.pdf("SK")))
				.param("tahun", String.valueOf(YEAR))
				.param("decreeNumber", "SK ".repeat(60))
				.param("decreeDate", LocalDate.now(ProgrammeDates.WIB).toString())
				.param("confirmed", "true")
				.with(csrf())
				.cookie(tpnSession))
			.andReturn()
			.getResponse();
		assertThat(tooLong.getStatus()).isEqualTo(422);
		assertThat(tooLong.getContentAsString()).contains("paling banyak 150");
		assertValidHtml(tooLong.getContentAsString());
		assertThat(
				this.jdbc.queryForObject("select stage from zi_programme where work_unit_id = ?", String.class, unit))
			.isEqualTo("PENILAIAN");

		Cookie admin = Sessions.logIn(this.mvc, "admin");
		assertThat(page("/admin/periode/" + YEAR + "/minimum", admin)).contains("Capaian kinerja")
			.contains("Nilai bawaan: yang lebih ketat.");
	}

	@Test
	void aRevocationIsCheckedBeforeItIsRecordedAndTheDecreeFileIsAskedForThere() throws Exception {
		long holder = this.jdbc.queryForObject(
				"select work_unit_id from zi_programme where held_predicate = 'WBK' order by work_unit_id limit 1",
				Long.class);
		Cookie tpnSession = Sessions.logIn(this.mvc, TestData.tpn(this.jdbc).username());
		String form = page("/tpn/unit/" + holder + "/pencabutan", tpnSession);

		String check = this.mvc
			.perform(post("/tpn/unit/" + holder + "/pencabutan").param("predicate", "WBK")
				.param("reason", "Terbukti ada pungutan liar")
				.param("decreeNumber", "SK MenPAN-RB 12/2026")
				.param("decreeDate", LocalDate.now(ProgrammeDates.WIB).toString())
				.with(csrf())
				.cookie(tpnSession))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String missing = this.mvc
			.perform(post("/tpn/unit/" + holder + "/pencabutan").param("predicate", "WBK")
				.param("decreeNumber", "SK MenPAN-RB 12/2026")
				.with(csrf())
				.cookie(tpnSession))
			.andReturn()
			.getResponse()
			.getContentAsString();

		LocalDate designatedOn = this.jdbc
			.queryForObject("select max(d.decree_date) from designation d join zi_programme p on p.id = d.programme_id"
					+ " where p.work_unit_id = ? and d.revoked_at is null", LocalDate.class, holder);
		MockHttpServletResponse tooEarly = this.mvc
			.perform(post("/tpn/unit/" + holder + "/pencabutan").param("predicate", "WBK")
				.param("reason", "Terbukti ada pungutan liar")
				.param("decreeNumber", "SK MenPAN-RB 12/2026")
				.param("decreeDate", designatedOn.minusDays(1).toString())
				.with(csrf())
				.cookie(tpnSession))
			.andReturn()
			.getResponse();

		assertThat(form).doesNotContain("type=\"file\"").contains("Lanjut: periksa dan lampirkan SK");
		assertThat(tooEarly.getStatus()).as("the rules are checked before the file is asked for").isEqualTo(422);
		assertThat(tooEarly.getContentAsString())
			.contains("tidak mungkin sebelum tanggal surat keputusan penetapan yang dicabutnya")
			.doesNotContain("type=\"file\"")
			.contains(">Terbukti ada pungutan liar</textarea>");
		assertValidHtml(tooEarly.getContentAsString());
		assertThat(check).contains("Periksa pencabutan sebelum dicatat")
			.contains("Terbukti ada pungutan liar")
			.contains("Pencabutan tidak dapat dibatalkan")
			.contains("type=\"file\"")
			.contains("Cabut predikat WBK");
		assertValidHtml(check);
		assertThat(missing).as("every missing answer at once, the form kept")
			.contains("Tuliskan alasannya")
			.contains("value=\"SK MenPAN-RB 12/2026\"");
		assertThat(this.jdbc.queryForObject("select held_predicate from zi_programme where work_unit_id = ?",
				String.class, holder))
			.as("nothing is revoked before it is confirmed")
			.isEqualTo("WBK");
	}

	private String page(String path, Cookie session) throws Exception {
		String html = this.mvc.perform(get(path).cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertValidHtml(html);
		return html;
	}

	private static ProposalService.Letter pdf() {
		return new ProposalService.Letter("surat.pdf", TestData.pdf("surat"));
	}

}
