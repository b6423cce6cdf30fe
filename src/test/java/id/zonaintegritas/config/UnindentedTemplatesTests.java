package id.zonaintegritas.config;

import id.zonaintegritas.support.PortalIntegrationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Pages are sent without their templates' indentation, and read the same.
 */
@PortalIntegrationTest
class UnindentedTemplatesTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aPageIsSentWithoutItsTemplatesIndentationAndReadsTheSame() throws Exception {
		String html = this.mvc.perform(get("/statistik")).andReturn().getResponse().getContentAsString();

		assertThat(html).doesNotContain("\n ").doesNotContain("\n\t");
		assertThat(Jsoup.parse(html).select("nav.main-nav a").eachText()).containsExactly("Beranda", "Direktori",
				"Statistik", "Masuk");
	}

	@Test
	void linesKeepTheirBreaksAndPreformattedTextItsSpaces() {
		String template = """
				<ul>
				    <li>Satu</li>
				\t<li>Dua</li>
				</ul>
				<pre>
				    tetap
				</pre><textarea>
				  juga
				</textarea>
				  <p>lagi</p>""";

		assertThat(UnindentedTemplateResolver.unindent(template)).isEqualTo("""
				<ul>
				<li>Satu</li>
				<li>Dua</li>
				</ul>
				<pre>
				    tetap
				</pre><textarea>
				  juga
				</textarea>
				<p>lagi</p>""");
	}

}
