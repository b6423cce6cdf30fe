package id.zonaintegritas.directory.web;

import id.zonaintegritas.support.Browser;
import id.zonaintegritas.support.PortalIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser opens the home page and finds a unit from the seed articles, and prints
 * a unit's page.
 */
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

		Browser.clickThrough(this.browser, this.browser.findElement(By.linkText("English")));

		assertThat(this.browser.findElement(By.tagName("h1")).getText())
			.isEqualTo("Follow the building of Integrity Zones");
	}

	@Test
	void aUnitPagePrintsWithoutNavigationAndSaysWhereItCameFrom() {
		this.browser = Browser.start();
		this.browser.get("http://localhost:" + this.port + "/direktori/bps-provinsi-sumatera-selatan");
		WebElement source = this.browser.findElement(By.cssSelector("main .print-only"));
		assertThat(source.isDisplayed()).as("on screen").isFalse();

		this.browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));

		assertThat(this.browser.findElements(By.cssSelector(".site-header nav, .site-footer"))).isNotEmpty()
			.noneMatch(WebElement::isDisplayed);
		assertThat(this.browser.findElement(By.cssSelector("main .screen-only a")).isDisplayed()).isFalse();
		assertThat(this.browser.findElement(By.cssSelector(".timeline")).getText()).contains("Pencanangan di");
		assertThat(source.getText()).startsWith("Dicetak dari Portal Zona Integritas, http://localhost:")
			.contains("/direktori/bps-provinsi-sumatera-selatan, data per ");
	}

}
