package id.zonaintegritas.proposal.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;

import id.zonaintegritas.assessment.AnswerInput;
import id.zonaintegritas.assessment.InstrumentService;
import id.zonaintegritas.assessment.LkeVersion;
import id.zonaintegritas.assessment.SelfAssessmentService;
import id.zonaintegritas.evaluation.TpiEvaluationService;
import id.zonaintegritas.evaluation.TpiRole;
import id.zonaintegritas.evaluation.TpiTeamService;
import id.zonaintegritas.proposal.TpnService;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ProgrammeDates;
import id.zonaintegritas.support.Browser;
import id.zonaintegritas.support.Lke;
import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole road in a real browser, each step by its own actor: the unit submits its LKE,
 * the TPI's evaluator returns a question, the unit revises it, the evaluator accepts it,
 * the lead approves the LHE, the gate passes, the instansi head proposes, the TPN
 * selects, evaluates and designates, and the public page shows WBK with its decree. And
 * the road that stops at the gate. What a person would type is typed; the 113 answers
 * each side gives are given by the services, as a test cannot click them all in
 * reasonable time.
 */
@PortalIntegrationTest
class EvaluationRoadBrowserTests {

	static final int YEAR = Year.now(ProgrammeDates.WIB).getValue();

	@LocalServerPort
	int port;

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
	TpnService tpnService;

	@TempDir
	Path files;

	ChromeDriver browser;

	WebDriverWait wait;

	long unit;

	String slug;

	Actor staff;

	Actor evaluator;

	Actor lead;

	LkeVersion version;

	@BeforeEach
	void aBpsUnitAtPembangunanWithItsTeamAndItsLkeAnswered() {
		this.version = this.instruments.inForce();
		this.unit = TestData.newWorkUnit(this.jdbc, "BPS");
		this.slug = this.jdbc.queryForObject("select slug from work_unit where id = ?", String.class, this.unit);
		this.staff = TestData.staffOf(this.jdbc, this.unit);
		this.evaluator = TestData.reviewerOf(this.jdbc, "BPS");
		this.lead = TestData.reviewerOf(this.jdbc, "BPS");
		this.jdbc.update("insert into zi_programme (work_unit_id, stage, updated_at) values (?, 'PEMBANGUNAN', now())",
				this.unit);
		Map<String, TpiRole> roles = new LinkedHashMap<>();
		roles.put(this.evaluator.username(), TpiRole.EVALUATOR);
		roles.put(this.lead.username(), TpiRole.LEAD);
		this.teams.assign(this.unit, YEAR, roles, this.lead);
		this.assessments.start(this.unit, YEAR, this.staff);
		this.assessments.saveAnswers(this.unit, YEAR, Lke.best(this.version), this.staff);
		this.browser = Browser.start();
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(10));
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void fromTheLkeToTheMinistersDecreeOnThePublicPage() throws Exception {
		Actor head = TestData.headOf(this.jdbc, "BPS");
		Actor tpn = TestData.tpn(this.jdbc);

		// The unit submits its LKE.
		logIn(this.staff);
		open("/staf/unit/" + this.unit + "/lke/periksa?tahun=" + YEAR);
		click(button("Ajukan penilaian mandiri"));
		assertThat(text("main")).contains("Penilaian mandiri diajukan");

		// The evaluator answers, and does not accept PPA1A: it goes back to the unit.
		Map<String, AnswerInput> tpiAnswers = Lke.best(this.version);
		tpiAnswers.remove("PPA1A");
		this.tpi.save(this.unit, YEAR, tpiAnswers, Lke.allStand(this.version, true), Map.of(), this.evaluator);
		logIn(this.evaluator);
		open("/inspektorat/unit/" + this.unit + "/evaluasi/area/A?tahun=" + YEAR);
		this.browser.findElement(By.id("PPA1A-tpi-Tidak")).click();
		this.browser.findElement(By.id("PPA1A-tpi-note")).sendKeys("SK Tim ZI belum ditandatangani kepala.");
		this.browser.findElement(By.id("PPA1A-stands-no")).click();
		click(button("Simpan evaluasi area ini"));
		assertThat(text("[role=status]")).contains("1 jawaban berubah dan tersimpan");
		open("/inspektorat/unit/" + this.unit + "/evaluasi?tahun=" + YEAR);
		this.browser.findElement(By.id("return-PPA1A")).click();
		click(button("Kembalikan pertanyaan terpilih"));
		assertThat(text("main")).contains("Periksa pertanyaan yang akan dikembalikan")
			.contains("PPA1A")
			.contains("SK Tim ZI belum ditandatangani kepala.");
		click(button("Kembalikan 1 pertanyaan"));
		assertThat(text("[role=status]")).contains("dikembalikan kepada unit");

		// The unit revises that question, and only that one, and sends it back.
		logIn(this.staff);
		open("/staf/unit/" + this.unit + "/lke?tahun=" + YEAR);
		assertThat(text("main")).contains("Dikembalikan oleh TPI (1 pertanyaan)")
			.contains("SK Tim ZI belum ditandatangani kepala.");
		click(this.browser.findElement(By.linkText("PPA1A")));
		WebElement justification = this.browser.findElement(By.id("PPA1A-justification"));
		justification.clear();
		justification.sendKeys("SK Kepala BPS Nomor 12 Tahun " + YEAR + " tentang Tim ZI, ditandatangani.");
		click(button("Simpan jawaban"));
		open("/staf/unit/" + this.unit + "/lke?tahun=" + YEAR);
		click(button("Kirim kembali ke TPI"));
		assertThat(text("[role=status]")).contains("Perbaikan telah dikirim kembali ke TPI");

		// The evaluator sees exactly what changed, and accepts it.
		logIn(this.evaluator);
		open("/inspektorat/unit/" + this.unit + "/evaluasi/area/A?tahun=" + YEAR);
		assertThat(text("#q-PPA1A")).contains("Diubah unit sejak dikembalikan (1 perubahan)")
			.contains("SK Kepala BPS Nomor 12 Tahun " + YEAR);
		this.browser.findElement(By.id("PPA1A-tpi-Ya")).click();
		this.browser.findElement(By.id("PPA1A-stands-yes")).click();
		click(button("Simpan evaluasi area ini"));

		// The lead checks what approving does, and approves the LHE: the gate passes.
		logIn(this.lead);
		open("/inspektorat/unit/" + this.unit + "/evaluasi/setujui?tahun=" + YEAR);
		assertThat(text("main")).contains("Semua syarat minimum WBK terpenuhi").contains("naik ke tahap pengusulan");
		this.browser.findElement(By.id("lheNumber")).sendKeys("LHE-700/IU/" + YEAR);
		click(button("Setujui LHE"));
		assertThat(text("[role=status]")).contains("unit naik ke tahap pengusulan");

		// The unit's staff download the LHE and the LKE recap: the PDFs say what the
		// pages
		// say.
		logIn(this.staff);
		open("/staf/unit/" + this.unit + "/lke/hasil-tpi?tahun=" + YEAR);
		String totals = this.browser
			.findElement(By.xpath("//table[contains(@class,'evaluation-scores')]//tr[th[normalize-space()='Total']]"))
			.getText()
			.replaceAll("\\s+", " ");
		String lhe = PrintedDocumentsTests
			.pdfText(download(By.linkText("Unduh LHE (PDF)"), "LHE-" + this.slug + "-" + YEAR + ".pdf"));
		assertThat(lhe.replaceAll("\\s+", " ")).contains("LHE-700/IU/" + YEAR).contains(totals);
		open("/staf/unit/" + this.unit + "/lke?tahun=" + YEAR);
		String unitTotal = text("#lke-scores dd strong").split(" ")[0];
		String recap = PrintedDocumentsTests.pdfText(
				download(By.linkText("Unduh rekapitulasi LKE (PDF)"), "rekap-LKE-" + this.slug + "-" + YEAR + ".pdf"));
		assertThat(recap.replaceAll("\\s+", " ")).contains("Total 100,00 " + unitTotal).contains("LKE) " + YEAR);

		// The instansi head proposes it, with the cover letter and the SPTJM.
		logIn(head);
		open("/instansi?tahun=" + YEAR);
		this.browser.findElement(By.xpath("//label[starts-with(normalize-space(), 'Unit Uji " + this.slug + "')]"))
			.click();
		this.browser.findElement(By.id("letterNumber")).sendKeys("B-123/BPS/" + YEAR);
		click(button("Lanjut: periksa dan lampirkan surat"));
		assertThat(text("main")).contains("Periksa usulan sebelum dikirim")
			.contains("Unit Uji " + this.slug)
			.contains("naik ke tahap penilaian");
		this.browser.findElement(By.id("coverLetter")).sendKeys(pdf("surat-pengantar.pdf").toString());
		this.browser.findElement(By.id("sptjm")).sendKeys(pdf("sptjm.pdf").toString());
		click(button("Kirim usulan (1 unit)"));
		assertThat(text("[role=status]")).contains("Usulan terkirim ke KemenPAN-RB");

		// The TPN selects it, evaluates it and records the Minister's decree.
		logIn(tpn);
		open("/tpn/unit/" + this.unit + "?tahun=" + YEAR);
		this.browser.findElement(By.xpath("//label[normalize-space()='Lolos']")).click();
		click(button("Simpan seleksi"));
		assertThat(text("[role=status]")).contains("Seleksi administrasi telah dicatat");
		this.tpnService.save(this.unit, YEAR, Lke.best(this.version), Lke.allStand(this.version, true), Map.of(), tpn);
		open("/tpn/unit/" + this.unit + "?tahun=" + YEAR);
		assertThat(text("main")).contains("Semua syarat minimum WBK terpenuhi");
		this.browser.findElement(By.id("decreeNumber")).sendKeys("SK MenPAN-RB Nomor 77 Tahun " + YEAR);
		click(button("Lanjut: periksa dan lampirkan SK"));
		assertThat(text("main")).contains("Periksa penetapan sebelum dicatat")
			.contains("ditetapkan sebagai unit WBK dan pindah ke tahap penetapan");
		this.browser.findElement(By.id("decreeFile")).sendKeys(pdf("sk-menpan-rb.pdf").toString());
		click(button("Catat penetapan WBK"));
		assertThat(text("[role=status]")).contains("Penetapan dan SK telah dicatat");

		// Anyone sees WBK with its decree, the period, the proposal and the TPN's
		// outcome.
		this.browser.manage().deleteAllCookies();
		open("/direktori/" + this.slug);
		assertThat(text("main")).contains("SK MenPAN-RB Nomor 77 Tahun " + YEAR)
			.contains("periode " + YEAR)
			.contains("Evaluasi nasional (TPN)")
			.contains("Lolos")
			.contains("Ditetapkan");
		assertThat(this.browser.findElement(By.linkText("Berkas SK")).getAttribute("href"))
			.contains("/direktori/" + this.slug + "/sk/");
		assertThat(this.jdbc.queryForMap("""
				select p.stage, p.held_predicate, d.recorded_by from zi_programme p
				join designation d on d.programme_id = p.id where p.work_unit_id = ?
				""", this.unit)).containsEntry("stage", "PENETAPAN")
			.containsEntry("held_predicate", "WBK")
			.containsEntry("recorded_by", tpn.username());
	}

	@Test
	void anLheBelowTheMinimumsKeepsTheUnitBuildingAndOffTheInstansisList() {
		Actor head = TestData.headOf(this.jdbc, "BPS");
		this.assessments.submit(this.unit, YEAR, this.staff);
		this.tpi.save(this.unit, YEAR, Lke.worst(this.version), Lke.allStand(this.version, false), Map.of(),
				this.evaluator);

		logIn(this.lead);
		open("/inspektorat/unit/" + this.unit + "/evaluasi/setujui?tahun=" + YEAR);
		assertThat(text("main")).contains("syarat minimum WBK belum terpenuhi").contains("tetap di tahap pembangunan");
		this.browser.findElement(By.id("lheNumber")).sendKeys("LHE-701/IU/" + YEAR);
		click(button("Setujui LHE"));
		assertThat(text("[role=status]")).contains("belum memenuhi syarat minimum: unit tetap di tahap pembangunan");

		logIn(head);
		open("/instansi?tahun=" + YEAR);
		WebElement row = this.browser.findElement(By.xpath("//tr[th[normalize-space()='Unit Uji " + this.slug + "']]"));
		assertThat(row.getText()).contains("LHE-701/IU/" + YEAR).contains("syarat minimum WBK belum terpenuhi");
		assertThat(this.browser
			.findElements(By.xpath("//label[starts-with(normalize-space(), 'Unit Uji " + this.slug + "')]")))
			.as("not offered for the proposal")
			.isEmpty();
		click(row.findElement(By.partialLinkText("LHE-701")));
		assertThat(text("main")).contains("Belum (kurang");
		assertThat(this.jdbc.queryForObject("select stage from zi_programme where work_unit_id = ?", String.class,
				this.unit))
			.isEqualTo("PEMBANGUNAN");
	}

	private void logIn(Actor actor) {
		this.browser.manage().deleteAllCookies();
		open("/login");
		this.browser.findElement(By.id("username")).sendKeys(actor.username());
		this.browser.findElement(By.id("password")).sendKeys("Demo-ZI-2026!");
		click(this.browser.findElement(By.cssSelector("form button[type=submit]")));
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

	private void click(WebElement element) {
		Browser.clickThrough(this.browser, element);
	}

	private WebElement button(String label) {
		return this.browser.findElement(By.xpath("//button[normalize-space()='" + label + "']"));
	}

	private String text(String css) {
		return this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css))).getText();
	}

	/** Clicks a download link and returns the file the browser saved. */
	private byte[] download(By link, String fileName) throws Exception {
		Path folder = Files.createDirectories(this.files.resolve("unduhan"));
		this.browser.executeCdpCommand("Browser.setDownloadBehavior",
				Map.of("behavior", "allow", "downloadPath", folder.toString()));
		this.browser.findElement(link).click();
		Path file = folder.resolve(fileName);
		this.wait.until((driver) -> Files.exists(file) && !Files.exists(folder.resolve(fileName + ".crdownload")));
		return Files.readAllBytes(file);
	}

	private Path pdf(String name) throws Exception {
		return Files.write(this.files.resolve(name), TestData.pdf(name));
	}

}
