package id.zonaintegritas.support;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import nu.validator.validation.SimpleDocumentValidator;
import org.jsoup.Jsoup;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks a page with the Nu Html Checker, the engine behind the W3C's HTML validator,
 * offline.
 */
public final class HtmlValidator {

	private static final String HTML5_SCHEMA = "http://s.validator.nu/html5-rdfalite.rnc";

	private HtmlValidator() {
	}

	/** Text a message source leaves when a message was not formatted as it should be. */
	private static final Pattern UNFORMATTED = Pattern.compile("\\{\\d(,[^}]*)?}|\\w''\\w");

	/** Bean Validation's own English messages, which a page must never show. */
	private static final Pattern VALIDATION_DEFAULT = Pattern
		.compile("must not be (blank|null|empty)|must be a (well-formed|date)|size must be between|must match \\\"");

	/**
	 * Fails with every validator error and its line when the page is not valid HTML5, and
	 * when its text shows a message that was not formatted (a raw {0}, a doubled
	 * apostrophe) or a Bean Validation default message instead of the portal's own.
	 */
	public static void assertValidHtml(String html) {
		assertThat(errorsIn(html)).as("HTML validation errors").isEmpty();
		String text = html.replaceAll("(?s)<script.*?</script>", "");
		assertThat(UNFORMATTED.matcher(text).results().map(MatchResult::group).toList())
			.as("unformatted message text on the page")
			.isEmpty();
		assertThat(VALIDATION_DEFAULT.matcher(text).results().map(MatchResult::group).toList())
			.as("a Bean Validation default message on the page")
			.isEmpty();
		assertThat(Jsoup.parse(html)
			.select(".error-summary a[href^=#]:not([href=#]):not([href=#declaration-fields]):not([href$=-heading])")
			.stream()
			.filter((item) -> !item.text().contains(": "))
			.map((item) -> item.attr("href") + " " + item.text())
			.toList()).as("error summary items that do not name their field (field.<name> in the bundles)").isEmpty();
	}

	public static synchronized List<String> errorsIn(String html) {
		List<String> errors = new ArrayList<>();
		ErrorHandler handler = new ErrorHandler() {

			@Override
			public void warning(SAXParseException ex) {
				// warnings (for instance "consider adding a lang attribute") are advice,
				// not invalidity
			}

			@Override
			public void error(SAXParseException ex) {
				errors.add("line " + ex.getLineNumber() + ": " + ex.getMessage());
			}

			@Override
			public void fatalError(SAXParseException ex) {
				errors.add("line " + ex.getLineNumber() + " (fatal): " + ex.getMessage());
			}

		};
		try {
			SimpleDocumentValidator validator = new SimpleDocumentValidator();
			validator.setUpMainSchema(HTML5_SCHEMA, handler);
			validator.setUpValidatorAndParsers(handler, false, false);
			validator.checkHtmlInputSource(new InputSource(new StringReader(html)));
		}
		catch (Exception ex) {
			errors.add("validator failed: " + ex);
		}
		return errors;
	}

}
