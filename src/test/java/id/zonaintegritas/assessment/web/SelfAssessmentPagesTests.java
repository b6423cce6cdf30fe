package id.zonaintegritas.assessment.web;

import java.io.ByteArrayInputStream;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import id.zonaintegritas.assessment.AnswerInput;
import id.zonaintegritas.assessment.InstrumentService;
import id.zonaintegritas.assessment.LkeQuestion;
import id.zonaintegritas.assessment.NumericInput;
import id.zonaintegritas.assessment.SelfAssessmentService;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ProgrammeDates;
import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.Sessions;
import id.zonaintegritas.support.StaffPages;
import id.zonaintegritas.support.StatementCounting;
import id.zonaintegritas.support.TestData;
import jakarta.servlet.http.Cookie;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The LKE's pages as the unit's staff and its institution's reviewers use them. */
@PortalIntegrationTest
class SelfAssessmentPagesTests {

	static final int YEAR = Year.now(ProgrammeDates.WIB).getValue();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SelfAssessmentService assessments;

	@Autowired
	InstrumentService instruments;

	StaffPages pages;

	@BeforeEach
	void newUnit() throws Exception {
		this.pages = StaffPages.newUnit(this.mvc, this.jdbc);
	}

	@Test
	void staffStartTheLkeAnswerAnAreaWithTheButtonAndSeeTheScoresAndTheGapToWbk() throws Exception {
		String notStarted = page(this.pages.path("/lke"));
		assertThat(notStarted).contains("Penilaian mandiri tahun " + YEAR + " belum dimulai")
			.contains("Mulai penilaian mandiri " + YEAR);

		this.mvc.perform(post(this.pages.path("/lke/mulai")).param("tahun", "" + YEAR).with(csrf()).cookie(session()))
			.andExpect(redirectedUrl(this.pages.path("/lke?tahun=" + YEAR)));
		String overview = page(this.pages.path("/lke?tahun=" + YEAR));
		assertThat(overview).contains("A. Manajemen Perubahan")
			.contains("Belum dimulai")
			.contains("0 dari 113 pertanyaan");
		assertValidHtml(overview);

		String area = page(this.pages.path("/lke/area/A?tahun=" + YEAR));
		assertThat(area).contains("PPA1A").contains("Unit kerja telah membentuk tim").contains("Jumlah Agen Perubahan");
		assertThat(formsOf(area)).as("every form posts with its CSRF and one-time tokens")
			.allMatch((form) -> form.contains("name=\"_csrf\"") && form.contains("name=\"_submission\""));
		assertValidHtml(area);

		this.mvc
			.perform(post(this.pages.path("/lke/area/A")).param("tahun", "" + YEAR)
				.param("answers[PPA1A].option", "Ya")
				.param("answers[PPA1A].justification", "SK Tim ZI nomor 12")
				.param("answers[PPA1B].option", "B")
				.param("answers[PPA1B].justification", "")
				.param("answers[PRA1A].numbers[jumlah_agen_perubahan]", "8")
				.param("answers[PRA1A].numbers[jumlah_perubahan]", "6")
				.param("answers[PRA1A].justification", "")
				.with(csrf())
				.cookie(session()))
			.andExpect(redirectedUrl(this.pages.path("/lke/area/A?tahun=" + YEAR)));

		String saved = page(this.pages.path("/lke/area/A?tahun=" + YEAR));
		assertThat(saved).contains("3 jawaban berubah dan tersimpan")
			.contains("Nilai 1,00")
			.contains("Nilai 0,75")
			.contains("value=\"8\"")
			.contains("SK Tim ZI nomor 12")
			.contains("Menuju WBK")
			.contains("Nilai total: ")
			.contains("minimum 75,00 poin");
		assertThat(page(this.pages.path("/lke?tahun=" + YEAR))).contains("Sedang diisi")
			.contains("3 dari 113 pertanyaan");
	}

	@Test
	void aRefusedPageIsShownAgainWithWhatWasTypedAndWhyAnd422AndNothingIsSaved() throws Exception {
		start();

		MockHttpServletResponse response = this.mvc
			.perform(post(this.pages.path("/lke/area/A")).param("tahun", "" + YEAR)
				.param("answers[PPA1A].option", "Ya")
				.param("answers[PRA1A].numbers[jumlah_agen_perubahan]", "delapan")
				.param("answers[PRA1A].numbers[jumlah_perubahan]", "6")
				.with(csrf())
				.cookie(session()))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(422);
		String html = response.getContentAsString();
		assertThat(html).contains("Periksa kembali isian berikut")
			.contains("href=\"#q-PRA1A\"")
			.contains("Isi bilangan bulat dari 0 sampai 1.000.000.000")
			.contains("value=\"delapan\"");
		assertValidHtml(html);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from lke_answer a join lke_assessment s on s.id = a.assessment_id where s.work_unit_id = ?",
				Long.class, this.pages.unit()))
			.isZero();
	}

	@Test
	void withHtmxOneAnswerSavesAsItIsGivenAndComesBackWithTheScores() throws Exception {
		start();

		MockHttpServletResponse saved = this.mvc
			.perform(htmx(post(this.pages.path("/lke/soal/PPA1A")).param("tahun", "" + YEAR)
				.param("answers[PPA1A].option", "Ya")
				.param("answers[PPA1B].option", "Z")))
			.andReturn()
			.getResponse();

		assertThat(saved.getStatus()).isEqualTo(200);
		assertThat(saved.getContentAsString()).contains("Nilai 1,00")
			.contains("Tersimpan.")
			.contains("id=\"score-PPA1\"")
			.contains("hx-swap-oob=\"true\"")
			.contains("1 dari 113 pertanyaan")
			.doesNotContain("<html");

		MockHttpServletResponse refused = this.mvc
			.perform(htmx(post(this.pages.path("/lke/soal/PRA1A")).param("tahun", "" + YEAR)
				.param("answers[PRA1A].numbers[jumlah_agen_perubahan]", "0")
				.param("answers[PRA1A].numbers[jumlah_perubahan]", "3")))
			.andReturn()
			.getResponse();
		assertThat(refused.getStatus()).isEqualTo(422);
		assertThat(refused.getContentAsString()).contains("Belum tersimpan:")
			.contains("periksa kedua angka")
			.doesNotContain("<input");
		assertThat(answers()).isOne();
	}

	@Test
	void evidenceIsUploadedAttachedFromTheLibraryDetachedAndEveryChangeOfTheAnswerIsShown() throws Exception {
		start();
		this.mvc.perform(multipart(this.pages.path("/lke/soal/PPA1A/unggah"))
			.file(new MockMultipartFile("file", "sk-tim.pdf", "application/pdf",
					TestData.pdf("SK Tim " + System.nanoTime())))
			.param("tahun", "" + YEAR)
			.with(csrf())
			.cookie(session())).andExpect(redirectedUrl(this.pages.path("/lke/soal/PPA1A?tahun=" + YEAR)));
		long document = this.jdbc.queryForObject("select id from document where work_unit_id = ?", Long.class,
				this.pages.unit());
		this.mvc
			.perform(post(this.pages.path("/lke/soal/PPA1B/bukti")).param("tahun", "" + YEAR)
				.param("documentIds", "" + document)
				.with(csrf())
				.cookie(session()))
			.andExpect(redirectedUrl(this.pages.path("/lke/soal/PPA1B?tahun=" + YEAR)));
		this.assessments.saveAnswers(this.pages.unit(), YEAR, Map.of("PPA1A", new AnswerInput("Tidak", null, null)),
				this.pages.staff());
		this.mvc
			.perform(post(this.pages.path("/lke/soal/PPA1A")).param("tahun", "" + YEAR)
				.param("answers[PPA1A].option", "Ya")
				.param("answers[PPA1A].justification", "Tim sudah dibentuk")
				.with(csrf())
				.cookie(session()))
			.andExpect(redirectedUrl(this.pages.path("/lke/soal/PPA1A?tahun=" + YEAR)));

		String question = page(this.pages.path("/lke/soal/PPA1A?tahun=" + YEAR));
		assertThat(question).contains("sk-tim.pdf")
			.contains("Riwayat perubahan jawaban")
			.contains("Tidak")
			.contains("Tim sudah dibentuk")
			.contains(this.pages.staff().username());
		assertValidHtml(question);
		assertThat(formsOf(question)).hasSizeGreaterThanOrEqualTo(3)
			.allMatch((form) -> form.contains("name=\"_csrf\"") && form.contains("name=\"_submission\""));
		assertThat(page(this.pages.path("/lke/area/A?tahun=" + YEAR))).contains("1 dokumen bukti");

		MockHttpServletResponse download = this.mvc
			.perform(get(this.pages.path("/lke/dokumen/" + document)).param("tahun", "" + YEAR).cookie(session()))
			.andReturn()
			.getResponse();
		assertThat(download.getStatus()).isEqualTo(200);
		assertThat(download.getContentType()).isEqualTo("application/pdf");

		this.mvc
			.perform(post(this.pages.path("/lke/soal/PPA1A/bukti/" + document + "/lepas")).param("tahun", "" + YEAR)
				.with(csrf())
				.cookie(session()))
			.andExpect(redirectedUrl(this.pages.path("/lke/soal/PPA1A?tahun=" + YEAR)));
		assertThat(page(this.pages.path("/lke/soal/PPA1A?tahun=" + YEAR)))
			.contains("Belum ada bukti untuk pertanyaan ini.");
	}

	@Test
	void staffCheckTheirAnswersSubmitAndThenTheLkeIsReadOnlyAndExportsAsAWorkbook() throws Exception {
		start();
		assertThat(page(this.pages.path("/lke/periksa?tahun=" + YEAR))).contains("Belum dijawab (113)")
			.doesNotContain("action=\"/staf/unit/" + this.pages.unit() + "/lke/ajukan");
		MockHttpServletResponse tooEarly = this.mvc
			.perform(post(this.pages.path("/lke/ajukan")).param("tahun", "" + YEAR).with(csrf()).cookie(session()))
			.andReturn()
			.getResponse();
		assertThat(tooEarly.getStatus()).isEqualTo(422);
		assertThat(tooEarly.getContentAsString()).contains("Masih ada 113 pertanyaan yang belum dijawab");
		answerEverything();

		String check = page(this.pages.path("/lke/periksa?tahun=" + YEAR));
		assertThat(check).contains("Ajukan penilaian mandiri").contains("Semua syarat minimum WBK terpenuhi");
		assertValidHtml(check);
		this.mvc.perform(post(this.pages.path("/lke/ajukan")).param("tahun", "" + YEAR).with(csrf()).cookie(session()))
			.andExpect(redirectedUrl(this.pages.path("/lke?tahun=" + YEAR)));

		String overview = page(this.pages.path("/lke?tahun=" + YEAR));
		assertThat(overview).contains("Penilaian mandiri diajukan").contains("100,00 dari 100");
		String area = page(this.pages.path("/lke/area/A?tahun=" + YEAR));
		assertThat(area).contains("tidak dapat diubah lagi")
			.doesNotContain("Simpan jawaban area ini")
			.contains("disabled");
		assertThat(this.mvc
			.perform(post(this.pages.path("/lke/soal/PPA1A")).param("tahun", "" + YEAR)
				.param("answers[PPA1A].option", "Tidak")
				.with(csrf())
				.cookie(session()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(422);

		MockHttpServletResponse export = this.mvc
			.perform(get(this.pages.path("/lke/ekspor.xlsx")).param("tahun", "" + YEAR).cookie(session()))
			.andReturn()
			.getResponse();
		assertThat(export.getContentType()).startsWith(SelfAssessmentReadController.XLSX);
		assertThat(export.getHeader("Content-Disposition")).contains(".xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.getContentAsByteArray()))) {
			Sheet lke = workbook.getSheet("LKE");
			Row ppa1a = findRow(lke, "PPA1A");
			assertThat(ppa1a.getCell(3).getStringCellValue()).isEqualTo("Ya");
			assertThat(ppa1a.getCell(5).getNumericCellValue()).isEqualTo(1.0);
			Row total = findRow(workbook.getSheet("Rekapitulasi"), "Total", 0);
			assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(100.0);
		}
	}

	@Test
	void reviewersOfTheInstitutionReadTheLkeAndItsEvidenceOthersSeeNothing() throws Exception {
		start();
		this.assessments.saveAnswers(this.pages.unit(), YEAR, Map.of("PPA1A", new AnswerInput("Ya", null, "Ada SK")),
				this.pages.staff());
		Cookie reviewer = Sessions.logIn(this.mvc, TestData.reviewerOf(this.jdbc, "BPS").username());
		Cookie otherReviewer = Sessions.logIn(this.mvc, TestData.reviewerOf(this.jdbc, "KKP").username());
		Cookie otherStaff = Sessions.logIn(this.mvc,
				TestData.staffOf(this.jdbc, TestData.newWorkUnit(this.jdbc, "BPS")).username());
		String base = "/inspektorat/unit/" + this.pages.unit() + "/lke";

		String area = this.mvc.perform(get(base + "/area/A").param("tahun", "" + YEAR).cookie(reviewer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(area).contains("Ada SK").doesNotContain("Simpan jawaban area ini").doesNotContain("hx-post");
		assertValidHtml(area);
		this.mvc.perform(get(base + "/ekspor.xlsx").param("tahun", "" + YEAR).cookie(reviewer))
			.andExpect(status().isOk());

		this.mvc.perform(get(base).param("tahun", "" + YEAR).cookie(otherReviewer)).andExpect(status().isForbidden());
		this.mvc.perform(get(this.pages.path("/lke")).param("tahun", "" + YEAR).cookie(otherStaff))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(this.pages.path("/lke/soal/PPA1A")).param("tahun", "" + YEAR)
				.param("answers[PPA1A].option", "Tidak")
				.with(csrf())
				.cookie(reviewer))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(this.pages.path("/lke"))).andExpect(redirectedUrl("/login"));
		assertThat(this.jdbc.queryForObject("""
				select o.letter from lke_answer a join lke_option o on o.id = a.option_id
				join lke_assessment s on s.id = a.assessment_id where s.work_unit_id = ?""", String.class,
				this.pages.unit()))
			.isEqualTo("Ya");
	}

	@Test
	void theTeamSplitsTheAreasAmongItsMembersOnlyAndTheOverviewShowsWhoTakesWhich() throws Exception {
		start();
		Actor colleague = TestData.staffOf(this.jdbc, this.pages.unit());
		Actor outsider = TestData.staffOf(this.jdbc, TestData.newWorkUnit(this.jdbc, "BPS"));

		this.mvc
			.perform(post(this.pages.path("/lke/penugasan")).param("tahun", "" + YEAR)
				.param("areas[A]", colleague.username())
				.param("areas[B]", "")
				.with(csrf())
				.cookie(session()))
			.andExpect(redirectedUrl(this.pages.path("/lke?tahun=" + YEAR)));
		assertThat(page(this.pages.path("/lke?tahun=" + YEAR))).contains("Pembagian area tersimpan.")
			.contains("Akun Uji " + colleague.username());

		MockHttpServletResponse refused = this.mvc
			.perform(post(this.pages.path("/lke/penugasan")).param("tahun", "" + YEAR)
				.param("areas[A]", outsider.username())
				.with(csrf())
				.cookie(session()))
			.andReturn()
			.getResponse();
		assertThat(refused.getStatus()).isEqualTo(422);
		assertThat(refused.getContentAsString()).contains("bukan anggota tim unit ini");
		assertValidHtml(refused.getContentAsString());
		assertThat(this.jdbc.queryForList("""
				select g.username from lke_area_assignment g join lke_assessment s on s.id = g.assessment_id
				where s.work_unit_id = ?""", String.class, this.pages.unit())).containsExactly(colleague.username());
	}

	@Test
	void reviewersSeeTheirInstitutionsRecapAndAdministratorsDownloadTheNationalOne() throws Exception {
		Cookie reviewer = Sessions.logIn(this.mvc, TestData.reviewerOf(this.jdbc, "BPS").username());
		String recap = this.mvc.perform(get("/inspektorat/lke").param("tahun", "2023").cookie(reviewer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(recap).contains("Rekap penilaian mandiri 2023")
			.contains("BPS Provinsi Sumatera Selatan")
			.contains("Diajukan")
			.doesNotContain("Balai Besar POM");
		assertValidHtml(recap);

		MockHttpServletResponse csv = this.mvc
			.perform(get("/admin/lke/rekap.csv").param("tahun", "2022").cookie(Sessions.logIn(this.mvc, "admin")))
			.andReturn()
			.getResponse();
		assertThat(csv.getContentType()).startsWith("text/csv");
		String[] lines = csv.getContentAsString().split("\r\n");
		assertThat(lines[0]).isEqualTo("slug,unit_kerja,instansi,provinsi,status,terjawab,jumlah_pertanyaan,"
				+ "area_A,area_B,area_C,area_D,area_E,area_F,area_HB,area_HP,pengungkit,hasil,total");
		assertThat(lines).anySatisfy(
				(line) -> assertThat(line).startsWith("balai-besar-pom-serang,").contains(",DIAJUKAN,113,113,"));
	}

	@Test
	void theOverviewAndAnAreaPageSendTheSameStatementsWhateverTheNumberOfAnswersAndUnits() throws Exception {
		start();
		counts(); // the first reading of the instrument is kept for the next ones
		Map<String, Long> few = counts();

		answerEverything();
		for (int i = 0; i < 3; i++) {
			long other = TestData.newWorkUnit(this.jdbc, "BPS");
			Actor otherStaff = TestData.staffOf(this.jdbc, other);
			this.assessments.start(other, YEAR, otherStaff);
			this.assessments.saveAnswers(other, YEAR, best(), otherStaff);
		}

		assertThat(counts()).isEqualTo(few);
	}

	private Map<String, Long> counts() throws Exception {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String path : new String[] { "/lke", "/lke/area/A", "/lke/area/HB", "/lke/periksa" }) {
			StatementCounting.reset();
			this.mvc.perform(get(this.pages.path(path)).param("tahun", "" + YEAR).cookie(session()))
				.andExpect(status().isOk());
			counts.put(path, StatementCounting.statements());
		}
		return counts;
	}

	private void start() {
		this.assessments.start(this.pages.unit(), YEAR, this.pages.staff());
	}

	private void answerEverything() {
		this.assessments.saveAnswers(this.pages.unit(), YEAR, best(), this.pages.staff());
	}

	private Map<String, AnswerInput> best() {
		Map<String, AnswerInput> all = new LinkedHashMap<>();
		for (LkeQuestion question : this.instruments.inForce().questions()) {
			if (!question.type().isNumeric()) {
				all.put(question.code(), new AnswerInput(question.options().get(0).letter(), null, null));
				continue;
			}
			Map<String, String> numbers = new LinkedHashMap<>();
			for (NumericInput input : question.inputs()) {
				String role = (input.role() != null) ? input.role() : "";
				numbers.put(input.name(), input.surveyIndex() ? "4"
						: role.startsWith("current") ? "0" : role.startsWith("numerator") ? "1000" : "10");
			}
			all.put(question.code(), new AnswerInput(null, numbers, null));
		}
		return all;
	}

	private long answers() {
		return this.jdbc.queryForObject(
				"select count(*) from lke_answer a join lke_assessment s on s.id = a.assessment_id where s.work_unit_id = ?",
				Long.class, this.pages.unit());
	}

	private MockHttpServletRequestBuilder htmx(MockHttpServletRequestBuilder request) {
		return request.header("HX-Request", "true").with(csrf()).cookie(session());
	}

	private Cookie session() {
		return this.pages.session();
	}

	private String page(String path) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path).cookie(session())).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString();
	}

	private static List<String> formsOf(String html) {
		return Pattern.compile("(?s)<form[^>]*method=\"post\".*?</form>")
			.matcher(html)
			.results()
			.map(MatchResult::group)
			.toList();
	}

	private static Row findRow(Sheet sheet, String code) {
		return findRow(sheet, code, 1);
	}

	private static Row findRow(Sheet sheet, String text, int column) {
		for (Row row : sheet) {
			if (row.getCell(column) != null && text.equals(row.getCell(column).getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("no row " + text + " in " + sheet.getSheetName());
	}

}
