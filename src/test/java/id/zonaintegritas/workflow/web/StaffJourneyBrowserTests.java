package id.zonaintegritas.workflow.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import id.zonaintegritas.support.Browser;
import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.TestData;
import id.zonaintegritas.workflow.WorkflowService;
import org.junit.jupiter.api.AfterEach;
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
 * The staff journey in a real browser: staf.bps-kab-serang logs in, records a pact
 * signing, uploads a PDF and asks for the next stage with it; the request is then in the
 * database.
 */
@PortalIntegrationTest
class StaffJourneyBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path files;

	ChromeDriver browser;

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void staffRecordASigningAndUploadEvidenceAndAreToldTheLheMovesThemOn() throws Exception {
		this.browser = Browser.start();
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(10));
		long unit = this.jdbc.queryForObject("select id from work_unit where slug = 'bps-kabupaten-serang'",
				Long.class);
		Path pdf = Files.write(this.files.resolve("notulen-rapat.pdf"), TestData.pdf("notulen rapat tim ZI"));

		open("/login");
		this.browser.findElement(By.id("username")).sendKeys("staf.bps-kab-serang");
		this.browser.findElement(By.id("password")).sendKeys("Demo-ZI-2026!");
		Browser.clickThrough(this.browser, this.browser.findElement(By.cssSelector("form button[type=submit]")));
		wait.until(ExpectedConditions.urlContains("/staf"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dasbor unit kerja");

		Browser.clickThrough(this.browser, this.browser.findElement(By.linkText("Pakta integritas")));
		this.browser.findElement(By.id("signatoryName")).sendKeys("Dewi Lestari");
		this.browser.findElement(By.id("nip")).sendKeys("19900512 201502 2 004");
		this.browser.findElement(By.id("position")).sendKeys("Statistisi Ahli Pertama");
		setDate(this.browser.findElement(By.id("signedOn")), "2020-06-30");
		Browser.clickThrough(this.browser,
				this.browser.findElement(By.xpath("//button[normalize-space()='Catat penandatanganan']")));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"),
				"Penandatanganan telah dicatat."));

		open("/staf/unit/" + unit + "/dokumen");
		this.browser.findElement(By.id("file")).sendKeys(pdf.toString());
		Browser.clickThrough(this.browser, this.browser.findElement(By.xpath("//button[normalize-space()='Unggah']")));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "notulen-rapat.pdf"));

		// From pembangunan on, the next stage is no request: the TPI's LHE moves the
		// unit.
		open("/staf/unit/" + unit + "/tahap");
		assertThat(this.browser.findElement(By.tagName("main")).getText())
			.contains("unit naik ke pengusulan lewat LHE TPI");
		assertThat(this.browser.findElements(By.id("note"))).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from pact_signing where nip = '199005122015022004'",
				Integer.class))
			.isEqualTo(1);
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

	// Typing into a date input depends on the browser's locale; set the value the form
	// will send.
	private void setDate(WebElement input, String isoDate) {
		this.browser.executeScript("arguments[0].value = arguments[1];", input, isoDate);
	}

}
