package id.zonaintegritas.survey;

import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.List;

import id.zonaintegritas.assessment.SelfAssessmentService;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ProgrammeDates;
import id.zonaintegritas.support.Browser;
import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service user answers a unit's SPKP survey on a 360 px phone, without scrolling
 * sideways; the index moves with each answer, and the unit's LKE hasil score follows.
 */
@PortalIntegrationTest
class SurveyJourneyBrowserTests {

	static final int YEAR = Year.now(ProgrammeDates.WIB).getValue();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SurveyService surveys;

	@Autowired
	SelfAssessmentService assessments;

	ChromeDriver browser;

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void aServiceUserAnswersOnAPhoneAndTheIndexAndTheLkeFollow() {
		long unit = TestData.newWorkUnit(this.jdbc, "BPS");
		Actor staff = TestData.staffOf(this.jdbc, unit);
		this.assessments.start(unit, YEAR, staff);
		Survey survey = this.surveys.open(unit, YEAR, SurveyKind.SPKP, Survey.Access.RECEIPT, null, staff);
		List<String> codes = this.surveys.receiptCodes(unit, survey.id(), 2, staff);
		this.browser = Browser.start();
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(10));

		logIn(staff.username(), wait);
		assertThat(hasil(unit)).isEqualTo("0,00 dari 40");

		this.browser.manage().deleteAllCookies();
		this.browser.manage().window().setSize(new Dimension(360, 800));
		answer(survey, codes.get(0), 4);
		assertThat(this.browser.findElement(By.tagName("main")).getText())
			.contains("IPKP unit ini sekarang 4,00 dari 1 responden.");
		answer(survey, codes.get(1), 2);
		assertThat(this.browser.findElement(By.tagName("main")).getText())
			.contains("IPKP unit ini sekarang 3,00 dari 2 responden.");
		Browser.clickThrough(this.browser, this.browser.findElement(By.linkText("Lihat hasil survei")));
		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains("3,00")
			.contains("Triwulan")
			.contains("13,13 dari 17,50 poin");
		assertNoSidewaysScroll();

		this.browser.manage().window().setSize(new Dimension(1280, 900));
		logIn(staff.username(), wait);
		// IPKP 3.00 is worth 3 / 4 × 17.5 = 13.13 of the LKE's 40 hasil points.
		assertThat(hasil(unit)).isEqualTo("13,13 dari 40");
	}

	/**
	 * Answers every statement with the same value, as someone who took a minute over it.
	 */
	private void answer(Survey survey, String code, int value) {
		open(survey.path() + "?kode=" + code);
		assertNoSidewaysScroll();
		// The form was shown a minute ago: a response sent within 10 seconds is flagged.
		String key = this.jdbc.queryForObject("select counter_key from survey where id = ?", String.class, survey.id());
		this.browser.executeScript("document.querySelector('input[name=visitToken]').value = arguments[0];",
				SurveyTokens.visit(survey.id(), key, Instant.now().minusSeconds(60)));
		assertThat(this.browser.findElement(By.id("receiptCode")).getAttribute("value")).isEqualTo(code);
		for (int item = 1; item <= 9; item++) {
			this.browser.findElement(By.cssSelector("label[for='q" + item + "-" + value + "']")).click();
		}
		Browser.clickThrough(this.browser,
				this.browser.findElement(By.xpath("//button[normalize-space()='Kirim jawaban']")));
		assertNoSidewaysScroll();
	}

	private String hasil(long unit) {
		open("/staf/unit/" + unit + "/lke?tahun=" + YEAR);
		String scores = this.browser.findElement(By.id("lke-scores")).getText();
		return scores.replaceAll("(?s).*Hasil\\s*\\n([^\\n]+)\\n.*", "$1").strip();
	}

	private void logIn(String username, WebDriverWait wait) {
		this.browser.manage().deleteAllCookies();
		open("/login");
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys("Demo-ZI-2026!");
		Browser.clickThrough(this.browser, this.browser.findElement(By.cssSelector("form button[type=submit]")));
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	private void assertNoSidewaysScroll() {
		Object overflow = this.browser
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		assertThat(((Number) overflow).intValue()).as("sideways overflow on " + this.browser.getCurrentUrl())
			.isLessThanOrEqualTo(0);
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

}
