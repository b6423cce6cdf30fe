package id.zonaintegritas.directory.web;

import id.zonaintegritas.support.Browser;
import id.zonaintegritas.support.PortalIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A real browser opens the home page and finds a unit from the seed articles. */
@PortalIntegrationTest
class HomePageBrowserTests {

	@LocalServerPort
	int port;

	ChromeDriver browser;

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void visitorSeesTheSeededUnitsAndCanSwitchToEnglish() {
		this.browser = Browser.start();
		this.browser.get("http://localhost:" + this.port + "/");

		assertThat(this.browser.getTitle()).isEqualTo("Beranda · Portal Zona Integritas");
		assertThat(this.browser.findElement(By.cssSelector("main table")).getText()).contains("BPS Kabupaten Serang");

		this.browser.findElement(By.linkText("English")).click();

		assertThat(this.browser.findElement(By.tagName("h1")).getText())
			.isEqualTo("Follow the building of Integrity Zones");
	}

}
