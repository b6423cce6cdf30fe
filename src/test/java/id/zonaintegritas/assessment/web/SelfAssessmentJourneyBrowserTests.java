package id.zonaintegritas.assessment.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import id.zonaintegritas.assessment.AnswerInput;
import id.zonaintegritas.assessment.InstrumentService;
import id.zonaintegritas.assessment.LkeQuestion;
import id.zonaintegritas.assessment.SelfAssessmentService;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ProgrammeDates;
import id.zonaintegritas.support.Browser;
import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The LKE in a real browser, with JavaScript (htmx): staff open it, answer questions of
 * every type and watch the scores and the gap to WBK change as each answer saves, attach
 * evidence, export the workbook and submit; then a reviewer of the institution reads it.
 */
@PortalIntegrationTest
class SelfAssessmentJourneyBrowserTests {

	static final int YEAR = Year.now(ProgrammeDates.WIB).getValue();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SelfAssessmentService assessments;

	@Autowired
	InstrumentService instruments;

	@TempDir
	Path files;

	ChromeDriver browser;

	WebDriverWait wait;

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void staffFillTheLkeWatchTheScoresAttachEvidenceExportAndSubmitThenAReviewerReadsIt() throws Exception {
		long unit = TestData.newWorkUnit(this.jdbc, "BPS");
		Actor staff = TestData.staffOf(this.jdbc, unit);
		Actor reviewer = TestData.reviewerOf(this.jdbc, "BPS");
		this.browser = Browser.start();
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(10));
		logIn(staff.username());

		Browser.clickThrough(this.browser, this.browser.findElement(By.linkText("Penilaian mandiri (LKE)")));
		Browser.clickThrough(this.browser, this.browser
			.findElement(By.xpath("//button[normalize-space()='Mulai penilaian mandiri " + YEAR + "']")));
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"),
				"Penilaian mandiri dimulai"));
		Browser.clickThrough(this.browser, this.browser.findElement(By.linkText("A. Manajemen Perubahan")));
		String scoresBefore = text("lke-scores");
		assertThat(scoresBefore).contains("0 dari 113 pertanyaan").contains("Nilai total: 0,00, minimum 75,00 poin");

		// Ya/Tidak, A–C and A–D, each saved as it is chosen
		choose("PPA1A", "Ya");
		savedIn("PPA1A");
		assertThat(text("lke-scores")).contains("1 dari 113 pertanyaan").isNotEqualTo(scoresBefore);
		choose("PPA1B", "B");
		savedIn("PPA1B");
		choose("PPA3A", "A");
		savedIn("PPA3A");
		this.browser.findElement(By.id("PPA1A-justification")).sendKeys("SK Tim Kerja ZI nomor 12 tahun " + YEAR);
		this.browser.findElement(By.id("PPA1A-justification")).sendKeys(Keys.TAB);
		this.wait.until((driver) -> answer(unit, "PPA1A", "justification") != null);
		// a numeric question, by its named inputs
		this.browser.findElement(By.id("PRA1A-jumlah_agen_perubahan")).sendKeys("8");
		this.browser.findElement(By.id("PRA1A-jumlah_perubahan")).sendKeys("6", Keys.TAB);
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status-PRA1A"), "Nilai 0,75"));
		assertThat(text("score-PRA1")).contains("1 dari");
		String scoresAfterA = text("lke-scores");
		assertThat(scoresAfterA).contains("4 dari 113 pertanyaan").doesNotContain("Nilai total: 0,00,");

		// A–E, and the hasil: a survey index and capaian kinerja
		open("/staf/unit/" + unit + "/lke/area/B?tahun=" + YEAR);
		choose("PPB1B", "A");
		savedIn("PPB1B");
		open("/staf/unit/" + unit + "/lke/area/HB?tahun=" + YEAR);
		this.browser.findElement(By.id("HBA-indeks_ipak")).sendKeys("3,6", Keys.TAB);
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status-HBA"), "Nilai 0,90"));
		choose("HBB", "A");
		savedIn("HBB");
		// IPAK 3.6 / 4 × 17.5 = 15.75: the WBK minimum for IPAK is met, and no longer
		// listed
		assertThat(text("lke-scores")).contains("7 dari 113 pertanyaan")
			.doesNotContain("IPAK (survei persepsi antikorupsi)");

		// evidence, uploaded on the question's page
		open("/staf/unit/" + unit + "/lke/soal/PPA1A?tahun=" + YEAR);
		Path pdf = Files.write(this.files.resolve("sk-tim-zi.pdf"), TestData.pdf("SK tim " + unit));
		this.browser.findElement(By.id("file")).sendKeys(pdf.toString());
		Browser.clickThrough(this.browser,
				this.browser.findElement(By.xpath("//button[normalize-space()='Unggah dan lampirkan']")));
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"),
				"Dokumen diunggah dan dilampirkan"));
		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains("sk-tim-zi.pdf")
			.contains("SK Tim Kerja ZI nomor 12");

		// the workbook, fetched with the browser's own session
		open("/staf/unit/" + unit + "/lke?tahun=" + YEAR);
		String href = this.browser.findElement(By.linkText("Unduh LKE (XLSX)")).getAttribute("href");
		Object workbook = this.browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0]).then((r) => r.arrayBuffer().then((b) => done(r.status + ' '
				    + r.headers.get('content-type') + ' ' + b.byteLength + ' '
				    + String.fromCharCode(...new Uint8Array(b.slice(0, 2))))));
				""", href);
		assertThat(workbook.toString()).startsWith("200 " + SelfAssessmentReadController.XLSX).endsWith(" PK");

		// the rest answered by the team elsewhere; then check and submit
		this.assessments.saveAnswers(unit, YEAR, remaining(unit), staff);
		this.browser.navigate().refresh();
		Browser.clickThrough(this.browser, this.browser.findElement(By.linkText("Periksa dan ajukan")));
		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains("Menuju WBK");
		Browser.clickThrough(this.browser,
				this.browser.findElement(By.xpath("//button[normalize-space()='Ajukan penilaian mandiri']")));
		this.wait.until(
				ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Penilaian mandiri diajukan"));
		assertThat(
				this.jdbc.queryForObject("select status from lke_assessment where work_unit_id = ? and period_year = ?",
						String.class, unit, YEAR))
			.isEqualTo("SUBMITTED");

		// a reviewer of the institution reads it
		Browser.clickThrough(this.browser, this.browser.findElement(By.xpath("//button[normalize-space()='Keluar']")));
		logIn(reviewer.username());
		open("/inspektorat/unit/" + unit);
		Browser.clickThrough(this.browser, this.browser.findElement(By.linkText("Penilaian mandiri (LKE) unit ini")));
		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains("Diajukan")
			.contains("A. Manajemen Perubahan");
		Browser.clickThrough(this.browser, this.browser.findElement(By.linkText("A. Manajemen Perubahan")));
		assertThat(this.browser.findElement(By.id("PPA1A-justification")).getAttribute("value"))
			.isEqualTo("SK Tim Kerja ZI nomor 12 tahun " + YEAR);
		assertThat(this.browser.findElement(By.id("PPA1A-Ya")).isSelected()).isTrue();
		assertThat(this.browser.findElement(By.id("PPA1A-Ya")).isEnabled()).isFalse();
	}

	private void logIn(String username) {
		open("/login");
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys("Demo-ZI-2026!");
		Browser.clickThrough(this.browser, this.browser.findElement(By.cssSelector("form button[type=submit]")));
	}

	private void choose(String code, String letter) {
		this.browser.findElement(By.cssSelector("label[for='" + code + "-" + letter + "']")).click();
	}

	private void savedIn(String code) {
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status-" + code), "Tersimpan."));
	}

	/** An element's whole text, folded parts included, in single spaces. */
	private String text(String id) {
		return this.browser.findElement(By.id(id)).getAttribute("textContent").replaceAll("\\s+", " ");
	}

	private String answer(long unit, String code, String column) {
		return this.jdbc.queryForList("""
				select a.%s from lke_answer a join lke_assessment s on s.id = a.assessment_id
				join lke_question q on q.id = a.question_id where s.work_unit_id = ? and q.code = ?
				""".formatted(column), String.class, unit, code)
			.stream()
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

	private Map<String, AnswerInput> remaining(long unit) {
		Map<String, AnswerInput> answers = new LinkedHashMap<>();
		for (LkeQuestion question : this.instruments.inForce().questions()) {
			if (answer(unit, question.code(), "value") != null) {
				continue;
			}
			if (question.type().isNumeric()) {
				Map<String, String> numbers = new LinkedHashMap<>();
				question.inputs().forEach((input) -> numbers.put(input.name(), input.surveyIndex() ? "3" : "5"));
				answers.put(question.code(), new AnswerInput(null, numbers, null));
			}
			else {
				answers.put(question.code(), new AnswerInput(question.options().get(0).letter(), null, null));
			}
		}
		return answers;
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

}
