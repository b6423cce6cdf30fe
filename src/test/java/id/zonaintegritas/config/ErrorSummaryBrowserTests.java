package id.zonaintegritas.config;

import java.time.Duration;

import id.zonaintegritas.shared.Actor;
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
 * After a refused submit, the problems are where the eye is: the error summary at the top
 * of the page has the focus and is in view, names each field, and links to it.
 */
@PortalIntegrationTest
class ErrorSummaryBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	ChromeDriver browser;

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void aRefusedFormFocusesItsErrorSummaryAtTheTop() {
		long unit = TestData.newWorkUnit(this.jdbc, "BPS");
		Actor staff = TestData.staffOf(this.jdbc, unit);
		this.browser = Browser.start();
		this.browser.manage().window().setSize(new Dimension(360, 740));
		open("/login");
		this.browser.findElement(By.id("username")).sendKeys(staff.username());
		this.browser.findElement(By.id("password")).sendKeys("Demo-ZI-2026!");
		Browser.clickThrough(this.browser, this.browser.findElement(By.cssSelector("form button[type=submit]")));
		open("/staf/unit/" + unit + "/pencanangan");

		Browser.clickThrough(this.browser, this.browser.findElement(By.cssSelector("button[value=submit]")));
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-summary")));

		assertThat(this.browser.executeScript("return document.activeElement.classList.contains('error-summary');"))
			.as("the summary has the focus")
			.isEqualTo(true);
		assertThat((Boolean) this.browser.executeScript("""
				const box = document.querySelector('.error-summary').getBoundingClientRect();
				return box.top >= 0 && box.top < window.innerHeight;
				""")).as("and is in view").isTrue();
		assertThat(this.browser.findElements(By.cssSelector(".error-summary a[href^='#']"))).as("links to its fields")
			.isNotEmpty();
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

}
