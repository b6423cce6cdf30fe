package id.zonaintegritas.directory.web;

import java.util.ArrayList;
import java.util.List;

import id.zonaintegritas.support.Axe;
import id.zonaintegritas.support.Browser;
import id.zonaintegritas.support.PortalIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core in headless Chromium finds no violation on any public page, on a desktop and
 * on a 360 px phone.
 */
@PortalIntegrationTest
class PublicPagesAccessibilityTests {

	static final String[] PAGES = { "/", "/?lang=en", "/direktori", "/direktori?q=serang&provinsi=36",
			"/direktori/bps-kabupaten-serang", "/direktori/disdukcapil-kabupaten-serang", "/statistik",
			"/statistik/wilayah?provinsi=36", "/login", "/tentang", "/privasi?lang=en", "/aksesibilitas",
			"/halaman-yang-tidak-ada" };

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
	void noPublicPageHasAnAccessibilityViolation() {
		this.browser = Browser.start();
		List<String> violations = new ArrayList<>();
		for (Dimension size : new Dimension[] { new Dimension(1280, 900), new Dimension(360, 800) }) {
			this.browser.manage().window().setSize(size);
			for (String page : PAGES) {
				this.browser.get("http://localhost:" + this.port + page);
				violations.addAll(Axe.violations(this.browser, size.getWidth() + "px " + page));
			}
		}
		assertThat(violations).isEmpty();
	}

	/** The walk above would see a violation: axe, run as it runs there, reports one. */
	@Test
	void axeAsTheWalkRunsItReportsAViolation() {
		this.browser = Browser.start();
		this.browser.get("data:text/html;charset=utf-8,<!DOCTYPE html><html lang=id><head><title>Uji</title></head>"
				+ "<body><main><h1>Uji</h1><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"></main></body></html>");
		assertThat(Axe.violations(this.browser, "uji")).singleElement().asString().startsWith("uji: image-alt — ");
	}

}
