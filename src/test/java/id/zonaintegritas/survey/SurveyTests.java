package id.zonaintegritas.survey;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Map;

import id.zonaintegritas.assessment.AnswerInput;
import id.zonaintegritas.assessment.AssessmentRuleException;
import id.zonaintegritas.assessment.SelfAssessmentService;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ProgrammeDates;
import id.zonaintegritas.support.Pdfs;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static id.zonaintegritas.support.HtmlValidator.assertValidHtml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A unit's SPKP survey from opening to the LKE: the public answers it (one response per
 * visit, a receipt's code once, a rate limit per address, duplicates and hurried answers
 * flagged and not counted), the index moves and becomes the unit's LKE answer, an import
 * is all-or-nothing, and the public page and open data show the index with its sample.
 */
@PortalIntegrationTest
class SurveyTests {

	static final int YEAR = Year.now(ProgrammeDates.WIB).getValue();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SurveyService surveys;

	@Autowired
	SelfAssessmentService assessments;

	long unit;

	Actor staff;

	Cookie staffSession;

	Survey survey;

	String key;

	@BeforeEach
	void aUnitOpensItsSpkpSurveyWithReceiptCodes() throws Exception {
		this.unit = TestData.newWorkUnit(this.jdbc, "BPS");
		this.staff = TestData.staffOf(this.jdbc, this.unit);
		this.staffSession = Sessions.logIn(this.mvc, this.staff.username());
		this.assessments.start(this.unit, YEAR, this.staff);
		MockHttpServletResponse opened = this.mvc
			.perform(post("/staf/unit/" + this.unit + "/survei").param("tahun", String.valueOf(YEAR))
				.param("kind", "SPKP")
				.param("access", "RECEIPT")
				.param("population", "1000")
				.with(csrf())
				.cookie(this.staffSession))
			.andReturn()
			.getResponse();
		assertThat(opened.getStatus()).isEqualTo(302);
		this.survey = this.surveys.ofUnit(this.unit, YEAR, this.staff).of(SurveyKind.SPKP).survey();
		this.key = this.jdbc.queryForObject("select counter_key from survey where id = ?", String.class,
				this.survey.id());
	}

	@Test
	void theFormIsValidKeepsWhatWasTypedAndEveryCountedAnswerMovesTheIndexAndTheLke() throws Exception {
		String form = this.mvc.perform(get(this.survey.path())).andReturn().getResponse().getContentAsString();
		assertValidHtml(form);
		assertThat(form).contains("Survei Persepsi Kualitas Pelayanan (SPKP)")
			.contains("Kode pada struk layanan Anda")
			.contains("Persyaratan pelayanan mudah dipenuhi")
			.doesNotContain("name=\"_csrf\"")
			.doesNotContain("NIP Anda");

		MockHttpServletResponse missing = this.mvc
			.perform(answer(codes(1).get(0), Map.of(1, "4", 2, "3"), "10.1.1.1").param("service", "Konsultasi data"))
			.andReturn()
			.getResponse();
		assertThat(missing.getStatus()).isEqualTo(422);
		assertThat(missing.getContentAsString()).contains("Pilih jawaban untuk pernyataan 3.")
			.contains("Pilih jawaban untuk pernyataan 9.")
			.contains("value=\"Konsultasi data\"")
			.contains("id=\"q1-4\" name=\"answers[1]\" value=\"4\" checked=\"checked\"");
		assertValidHtml(missing.getContentAsString());
		assertThat(responses()).as("nothing stored").isZero();

		List<String> codes = codes(3);
		String thanks = this.mvc.perform(answer(codes.get(0), all("4"), "10.1.1.1"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		this.mvc.perform(answer(codes.get(1), all("3"), "10.1.1.2")).andReturn();
		String second = this.mvc.perform(answer(codes.get(2), all("2"), "10.1.1.3"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(thanks).contains("Terima kasih").contains("IPKP unit ini sekarang 4,00 dari 1 responden.");
		assertValidHtml(thanks);
		assertThat(second).contains("IPKP unit ini sekarang 3,00 dari 3 responden.");
		// The LKE's IPKP question: the index, its value index / 4, from the survey.
		assertThat(this.jdbc.queryForMap("""
				select a.value, a.from_survey, n.value as typed
				from lke_answer a join lke_assessment s on s.id = a.assessment_id
				join lke_question q on q.id = a.question_id
				left join lke_answer_number n on n.assessment_id = a.assessment_id and n.question_id = a.question_id
				where s.work_unit_id = ? and q.code = 'HPA'""", this.unit)).containsEntry("from_survey", true)
			.satisfies((row) -> assertThat((BigDecimal) row.get("value")).isEqualByComparingTo("0.75"))
			.satisfies((row) -> assertThat((BigDecimal) row.get("typed")).isEqualByComparingTo("3.00"));
		assertThatThrownBy(() -> this.assessments.saveAnswers(this.unit, YEAR,
				Map.of("HPA", new AnswerInput(null, Map.of("indeks_ipkp", "4"), "ketik sendiri")), this.staff))
			.isInstanceOf(AssessmentRuleException.class)
			.hasMessageContaining("lke.rule.fromSurvey");

		String results = this.mvc
			.perform(get("/staf/unit/" + this.unit + "/survei/" + this.survey.id()).cookie(this.staffSession))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertValidHtml(results);
		assertThat(results).contains("3,00")
			.contains("±1,13")
			.contains("Sampel belum mencapai jumlah minimum: 278 responden diperlukan, baru 3.");
		Cookie reviewer = Sessions.logIn(this.mvc, TestData.reviewerOf(this.jdbc, "BPS").username());
		assertThat(
				this.mvc.perform(get("/inspektorat/unit/" + this.unit + "/survei/" + this.survey.id()).cookie(reviewer))
					.andReturn()
					.getResponse()
					.getContentAsString())
			.as("reviewers see the distribution: one answer of each of 2, 3, 4 for every item")
			.contains("1 (33%)");

		String slug = this.jdbc.queryForObject("select slug from work_unit where id = ?", String.class, this.unit);
		String page = this.mvc.perform(get("/direktori/" + slug)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Suara publik: IPAK dan IPKP").contains("IPKP").contains("3,00");
		String openData = this.mvc.perform(get("/data/unit-kerja.csv"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(openData.lines().filter((line) -> line.startsWith(slug + ",")).findFirst().orElseThrow())
			.endsWith("," + YEAR + ",3.00,3,");
		String recap = this.mvc.perform(get("/admin/survei/rekap.csv").cookie(Sessions.logIn(this.mvc, "admin")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(recap.lines().filter((line) -> line.startsWith(slug + ",")).findFirst().orElseThrow())
			.as("the national recap, from the tallies")
			.endsWith(",0,,,3,3.00,1.13");
	}

	@Test
	void oneResponsePerVisitAndPerReceiptCode() throws Exception {
		List<String> codes = codes(2);
		String visit = oldVisit();
		this.mvc.perform(answer(codes.get(0), all("4"), "10.2.0.1", visit)).andReturn();
		MockHttpServletResponse again = this.mvc.perform(answer(codes.get(1), all("4"), "10.2.0.1", visit))
			.andReturn()
			.getResponse();
		MockHttpServletResponse usedCode = this.mvc.perform(answer(codes.get(0), all("3"), "10.2.0.2"))
			.andReturn()
			.getResponse();
		MockHttpServletResponse noCode = this.mvc.perform(answer(null, all("3"), "10.2.0.3")).andReturn().getResponse();
		MockHttpServletResponse forged = this.mvc.perform(answer(codes.get(1), all("3"), "10.2.0.4", visit + "x"))
			.andReturn()
			.getResponse();

		assertThat(again.getContentAsString()).contains("Jawaban dari kunjungan ini sudah diterima.");
		assertThat(usedCode.getStatus()).isEqualTo(422);
		assertThat(usedCode.getContentAsString()).contains("Kode ini tidak dikenal atau sudah dipakai.");
		assertThat(noCode.getContentAsString()).contains("Masukkan kode pada struk layanan Anda.");
		assertThat(forged.getContentAsString()).contains("Formulir ini sudah terlalu lama terbuka atau tidak sah.");
		assertThat(responses()).isEqualTo(1);
	}

	@Test
	void duplicatesAndHurriedAnswersAreKeptFlaggedAndNotCountedAndAnAddressIsLimited() throws Exception {
		List<String> codes = codes(4);
		this.mvc.perform(answer(codes.get(0), all("4"), "10.3.0.1")).andReturn();
		String duplicate = this.mvc.perform(answer(codes.get(1), all("4"), "10.3.0.1"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String fresh = this.mvc.perform(get(this.survey.path())).andReturn().getResponse().getContentAsString();
		String freshToken = fresh.replaceAll("(?s).*name=\"visitToken\" value=\"([^\"]+)\".*", "$1");
		this.mvc.perform(answer(codes.get(2), all("1"), "10.3.0.2", freshToken)).andReturn();

		assertThat(duplicate).contains("disimpan dan ditandai");
		assertThat(this.jdbc.queryForList("select flag from survey_response where survey_id = ? order by id",
				String.class, this.survey.id()))
			.containsExactly(null, "DUPLICATE", "TOO_FAST");
		assertThat(this.surveys.ofUnit(this.unit, YEAR, this.staff).of(SurveyKind.SPKP).index().responses())
			.as("only the first counts")
			.isEqualTo(1);
		String results = this.mvc
			.perform(get("/staf/unit/" + this.unit + "/survei/" + this.survey.id()).cookie(this.staffSession))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(results).contains("1 jawaban kembar").contains("1 jawaban dikirim kurang dari 10 detik");
		assertThat(this.jdbc.queryForList("""
				select coalesce(sum(c.n), 0)::int from survey_tally t, unnest(t.answer_counts) with ordinality c (n, i)
				where t.survey_id = ? group by c.i order by c.i""", Integer.class, this.survey.id()))
			.as("the tally's answer counts are those of the counted responses")
			.isEqualTo(this.jdbc.queryForList("""
					select count(r.id)::int
					from generate_series(1, 9) p cross join generate_series(1, 4) v
					left join survey_response r on r.survey_id = ? and r.flag is null and r.answers[p] = v
					group by p, v order by p, v""", Integer.class, this.survey.id()));

		String hash = SurveyTokens.addressHash("10.3.0.9", this.key);
		this.jdbc.update("""
				insert into survey_response (survey_id, version_id, submitted_at, quarter, answers, mean, source,
				                             address_hash)
				select ?, v.id, now(), 1, '{3,3,3,3,3,3,3,3,3}', 3, 'PORTAL', ?
				from survey_version v, generate_series(1, 30) where v.kind = 'SPKP' and v.number = 1""",
				this.survey.id(), hash);
		MockHttpServletResponse limited = this.mvc.perform(answer(codes.get(3), all("4"), "10.3.0.9"))
			.andReturn()
			.getResponse();
		assertThat(limited.getStatus()).isEqualTo(429);
		assertThat(limited.getContentAsString()).contains("Terlalu banyak jawaban dari jaringan Anda");
		assertThat(this.jdbc.queryForObject(
				"select used_at is null from survey_receipt_code where survey_id = ? and code = ?", Boolean.class,
				this.survey.id(), codes.get(3)))
			.as("a refused response does not use up its code")
			.isTrue();
	}

	@Test
	void aCounterSurveyNeedsTheCountersFreshToken() throws Exception {
		Cookie session = this.staffSession;
		this.mvc
			.perform(post("/staf/unit/" + this.unit + "/survei").param("tahun", String.valueOf(YEAR))
				.param("kind", "SPAK")
				.param("access", "COUNTER")
				.with(csrf())
				.cookie(session))
			.andReturn();
		Survey spak = this.surveys.ofUnit(this.unit, YEAR, this.staff).of(SurveyKind.SPAK).survey();
		String spakKey = this.jdbc.queryForObject("select counter_key from survey where id = ?", String.class,
				spak.id());
		String screen = this.mvc
			.perform(get("/staf/unit/" + this.unit + "/survei/" + spak.id() + "/loket").cookie(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertValidHtml(screen);
		assertThat(screen).contains("<svg");

		assertThat(this.mvc.perform(get(spak.path())).andReturn().getResponse().getContentAsString())
			.contains("pindai kode yang tampil di loket")
			.doesNotContain("Kirim jawaban");
		String expired = SurveyTokens.counter(spak.id(), spakKey, Instant.now().minusSeconds(1));
		MockHttpServletResponse late = this.mvc
			.perform(post(spak.path())
				.param("visitToken", SurveyTokens.visit(spak.id(), spakKey, Instant.now().minusSeconds(60)))
				.param("counterToken", expired)
				.params(params(all8("4"))))
			.andReturn()
			.getResponse();
		assertThat(late.getStatus()).isEqualTo(422);
		assertThat(late.getContentAsString()).contains("Kode QR loket sudah kedaluwarsa.");

		String valid = SurveyTokens.counter(spak.id(), spakKey, Instant.now().plusSeconds(600));
		String thanks = this.mvc
			.perform(post(spak.path())
				.param("visitToken", SurveyTokens.visit(spak.id(), spakKey, Instant.now().minusSeconds(60)))
				.param("counterToken", valid)
				.params(params(all8("4"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(thanks).contains("IPAK unit ini sekarang 4,00 dari 1 responden.");
		byte[] poster = this.mvc
			.perform(get("/staf/unit/" + this.unit + "/survei/" + spak.id() + "/poster.pdf").cookie(session))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(Pdfs.text(poster)).contains("Bagaimana layanan kami?").contains("Kode QR ini berlaku sampai");
	}

	@Test
	void anImportIsAllOrNothingWithEachLinesProblems() throws Exception {
		String header = "tanggal,layanan,U1,U2,U3,U4,U5,U6,U7,U8,U9\n";
		String bad = header + YEAR + "-02-03,Data,4,4,4,4,4,4,4,4,4\n" + "2019-02-03,Data,4,4,4,4,4,4,4,4,4\n" + YEAR
				+ "-02-04,Data,4,5,4,4,4,4,4,4,4\n";
		MockHttpServletResponse refused = this.mvc
			.perform(multipart("/staf/unit/" + this.unit + "/survei/" + this.survey.id() + "/impor")
				.file(new MockMultipartFile("file", "spkp.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8)))
				.with(csrf())
				.cookie(this.staffSession))
			.andReturn()
			.getResponse();
		assertThat(refused.getStatus()).isEqualTo(422);
		assertThat(refused.getContentAsString()).contains("2 masalah pada berkas: tidak ada yang diimpor.")
			.contains("Baris 3: Tanggal harus dalam tahun " + YEAR)
			.contains("Baris 4: Jawaban U2 harus 1, 2, 3, atau 4.");
		assertValidHtml(refused.getContentAsString());
		assertThat(responses()).isZero();

		String good = header + YEAR + "-02-03,Data,4,4,4,4,4,4,4,4,4\n" + YEAR + "-05-03,,3,3,3,3,3,3,3,3,3\n";
		MockHttpServletResponse imported = this.mvc
			.perform(multipart("/staf/unit/" + this.unit + "/survei/" + this.survey.id() + "/impor")
				.file(new MockMultipartFile("file", "spkp.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8)))
				.with(csrf())
				.cookie(this.staffSession))
			.andReturn()
			.getResponse();
		assertThat(imported.getStatus()).isEqualTo(302);
		assertThat(this.jdbc.queryForList(
				"select quarter from survey_response where survey_id = ? and source = 'IMPORT' order by quarter",
				Integer.class, this.survey.id()))
			.containsExactly(1, 2);
		assertThat(this.surveys.ofUnit(this.unit, YEAR, this.staff).of(SurveyKind.SPKP).index().index())
			.isEqualByComparingTo("3.50");
	}

	private MockHttpServletRequestBuilder answer(String receiptCode, Map<Integer, String> answers, String address) {
		return answer(receiptCode, answers, address, oldVisit());
	}

	private MockHttpServletRequestBuilder answer(String receiptCode, Map<Integer, String> answers, String address,
			String visitToken) {
		MockHttpServletRequestBuilder request = post(this.survey.path()).with((r) -> {
			r.setRemoteAddr(address);
			return r;
		}).param("visitToken", visitToken).params(params(answers));
		return (receiptCode != null) ? request.param("receiptCode", receiptCode) : request;
	}

	/** The token of a visit whose form was shown a minute ago. */
	private String oldVisit() {
		return SurveyTokens.visit(this.survey.id(), this.key, Instant.now().minusSeconds(60));
	}

	private List<String> codes(int count) {
		return this.surveys.receiptCodes(this.unit, this.survey.id(), count, this.staff);
	}

	private int responses() {
		return this.jdbc.queryForObject("select count(*) from survey_response where survey_id = ?", Integer.class,
				this.survey.id());
	}

	private static Map<Integer, String> all(String value) {
		Map<Integer, String> answers = new java.util.HashMap<>();
		for (int i = 1; i <= 9; i++) {
			answers.put(i, value);
		}
		return answers;
	}

	private static Map<Integer, String> all8(String value) {
		Map<Integer, String> answers = new java.util.HashMap<>();
		for (int i = 1; i <= 8; i++) {
			answers.put(i, value);
		}
		return answers;
	}

	private static org.springframework.util.MultiValueMap<String, String> params(Map<Integer, String> answers) {
		org.springframework.util.LinkedMultiValueMap<String, String> params = new org.springframework.util.LinkedMultiValueMap<>();
		answers.forEach((position, value) -> params.add("answers[" + position + "]", value));
		return params;
	}

}
