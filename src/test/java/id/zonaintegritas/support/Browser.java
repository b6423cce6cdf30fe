package id.zonaintegritas.support;

import java.io.File;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's chromedriver: nothing is downloaded.
 * Skips the calling test, saying why, only where Chromium is not installed;
 * {@code .ci/run} installs it.
 */
public final class Browser {

	private static final File CHROMIUM = new File("/usr/bin/chromium");

	private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	private Browser() {
	}

	public static ChromeDriver start() {
		Assumptions.assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
				"Debian's chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1280,900", "--lang=id");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

	/**
	 * Clicks something that loads a new page (a link, a form's button with its redirect)
	 * and waits until the new page is there, so that what is read next is the new page's:
	 * reading while the old page is being replaced fails at random. The old page is
	 * marked; the wait ends when the page that answers has no mark (while the pages
	 * change, the browser may answer with an error: it is asked again).
	 */
	public static void clickThrough(ChromeDriver browser, WebElement element) {
		browser.executeScript("window.__portalOldPage = true;");
		element.click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
			.until((driver) -> Boolean.TRUE.equals(browser
				.executeScript("return window.__portalOldPage === undefined && document.readyState === 'complete';")));
	}

}
