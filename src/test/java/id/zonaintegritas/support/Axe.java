package id.zonaintegritas.support;

import java.util.List;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core, Deque's accessibility engine, run on the page a browser shows. The portal's
 * pages have no frames, so axe runs in the page itself (legacy mode): by default the
 * builder runs it in each frame and then again in a blank window it opens and closes,
 * which took most of the time of the accessibility walks. Only the violations come back
 * with every element; the rules that passed come back by name.
 */
public final class Axe {

	private Axe() {
	}

	/**
	 * Each rule the page breaks, as "label: rule — help [elements]"; empty when it breaks
	 * none. Fails when axe applied no rule at all (a page that did not load).
	 */
	public static List<String> violations(WebDriver browser, String label) {
		AxeRunOptions options = new AxeRunOptions();
		options.setResultTypes(List.of("violations"));
		Results results = new AxeBuilder().setLegacyMode(true)
			.disableIframeTesting()
			.withOptions(options)
			.analyze(browser);
		assertThat(results.getPasses()).as("axe ran its rules on " + label).isNotEmpty();
		return results.getViolations()
			.stream()
			.map((rule) -> label + ": " + rule.getId() + " — " + rule.getHelp() + " "
					+ rule.getNodes().stream().map((node) -> String.valueOf(node.getTarget())).toList())
			.toList();
	}

}
