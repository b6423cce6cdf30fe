package id.zonaintegritas.assessment.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import id.zonaintegritas.support.Axe;
import id.zonaintegritas.support.Browser;
import id.zonaintegritas.support.PortalIntegrationTest;
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
 * axe-core finds no violation on the LKE's pages, filled with the demo data, on a desktop
 * and on a 360 px phone, where none of them scrolls sideways.
 */
@PortalIntegrationTest
class SelfAssessmentAccessibilityTests {

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
	void theLkePagesHaveNoAccessibilityViolationAndNeverScrollSideways() {
		long unit = this.jdbc.queryForObject("select id from work_unit where slug = 'bps-kabupaten-serang'",
				Long.class);
		String lke = "/staf/unit/" + unit + "/lke";
		String[] pages = { lke, lke + "/area/A", lke + "/area/HB", lke + "/soal/PPA1A", lke + "/periksa",
				lke + "?lang=en" };
		this.browser = Browser.start();
		this.browser.get("http://localhost:" + this.port + "/login");
		this.browser.findElement(By.id("username")).sendKeys("staf.bps-kab-serang");
		this.browser.findElement(By.id("password")).sendKeys("Demo-ZI-2026!");
		this.browser.findElement(By.cssSelector("form button[type=submit]")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
		List<String> violations = new ArrayList<>();
		for (Dimension size : new Dimension[] { new Dimension(1280, 900), new Dimension(360, 800) }) {
			this.browser.manage().window().setSize(size);
			for (String page : pages) {
				this.browser.get("http://localhost:" + this.port + page);
				assertThat(this.browser.findElements(By.className("error-code"))).as(page + " is not an error page")
					.isEmpty();
				violations.addAll(Axe.violations(this.browser, size.getWidth() + "px " + page));
				Object sideways = this.browser.executeScript(
						"return document.documentElement.scrollWidth - document.documentElement.clientWidth");
				if (((Number) sideways).intValue() > 0) {
					violations.add(size.getWidth() + "px " + page + ": scrolls sideways by " + sideways + " px");
				}
			}
		}
		assertThat(violations).isEmpty();
	}

}
