package id.zonaintegritas.workflow.web;

import java.time.Duration;
import java.util.Set;

import id.zonaintegritas.declaration.DeclarationService;
import id.zonaintegritas.pact.PactService;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.support.Browser;
import id.zonaintegritas.support.Declarations;
import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.TestData;
import id.zonaintegritas.workflow.StageRequestView;
import id.zonaintegritas.workflow.WorkflowService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reviewer's journey in a real browser: inspektorat.bps opens the queue, approves the
 * request that the unit's staff submitted, and the unit's public page then shows the new
 * stage.
 */
@PortalIntegrationTest
class ReviewJourneyBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	WorkflowService workflow;

	@Autowired
	DeclarationService declarations;

	@Autowired
	PactService pact;

	ChromeDriver browser;

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void inspektoratBpsApprovesARequestAndThePublicPageShowsTheNewStage() {
		// A BPS unit that declared: its request for pembangunan is what the TPI confirms.
		long unit = TestData.newWorkUnit(this.jdbc, "BPS");
		Actor staff = TestData.staffOf(this.jdbc, unit);
		Declarations.declareAndSign(this.declarations, this.pact, unit, staff);
		StageRequestView request = this.workflow.requestNextStage(unit, "Pencanangan selesai", Set.of(), staff);
		String nextStage = "Pembangunan";
		String slug = this.jdbc.queryForObject("select slug from work_unit where id = ?", String.class, unit);
		this.browser = Browser.start();
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(10));

		open("/login");
		this.browser.findElement(By.id("username")).sendKeys("inspektorat.bps");
		this.browser.findElement(By.id("password")).sendKeys("Demo-ZI-2026!");
		Browser.clickThrough(this.browser, this.browser.findElement(By.cssSelector("form button[type=submit]")));
		wait.until(ExpectedConditions.urlContains("/inspektorat"));

		Browser.clickThrough(this.browser,
				this.browser.findElement(By.cssSelector("a[href='/inspektorat/pengajuan/" + request.id() + "']")));
		this.browser.findElement(By.id("outcome-APPROVED")).click();
		Browser.clickThrough(this.browser,
				this.browser.findElement(By.xpath("//button[normalize-space()='Simpan keputusan']")));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Periksa keputusan"));
		Browser.clickThrough(this.browser,
				this.browser.findElement(By.xpath("//button[normalize-space()='Setujui pengajuan']")));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"),
				"Pengajuan disetujui"));

		open("/direktori/" + slug);
		assertThat(this.browser.findElement(By.cssSelector(".stage-badge")).getText()).isEqualTo(nextStage);
		assertThat(this.jdbc.queryForMap(
				"select d.reviewer, r.requested_by from stage_request_decision d join stage_request r on r.id = d.request_id where r.id = ?",
				request.id()))
			.containsEntry("reviewer", "inspektorat.bps")
			.containsEntry("requested_by", staff.username());
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

}
