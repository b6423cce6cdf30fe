package id.zonaintegritas.config;

import java.net.URI;

import id.zonaintegritas.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A route with a variable is only tried against paths that begin with its text before the
 * variable; a path Spring MVC reads after decoding still finds its route.
 */
@PortalIntegrationTest
class RouteLookupTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aRoutesTextBeforeItsFirstVariableOrWildcardIsWhatAPathMustBeginWith() {
		assertThat(LiteralPrefixHandlerMapping.literalPrefix("/direktori/{slug}")).isEqualTo("/direktori/");
		assertThat(LiteralPrefixHandlerMapping.literalPrefix("/staf/unit/{unitId}/pakta/{id}/ubah"))
			.isEqualTo("/staf/unit/");
		assertThat(LiteralPrefixHandlerMapping.literalPrefix("/direktori/{slug}/penetapan/{predicate}.pdf"))
			.isEqualTo("/direktori/");
		assertThat(LiteralPrefixHandlerMapping.literalPrefix("/berkas/**")).isEqualTo("/berkas/");
		assertThat(LiteralPrefixHandlerMapping.literalPrefix("/statistik/?")).isEqualTo("/statistik/");
		assertThat(LiteralPrefixHandlerMapping.literalPrefix("/privasi")).isEqualTo("/privasi");
	}

	@Test
	void aUnitPageIsFoundByItsPathAndByThatPathWithAnEscapedLetter() throws Exception {
		String plain = unitPage("/direktori/bps-kabupaten-serang");
		// "%64" is "d": Spring MVC matches the decoded path, so the lookup must
		// not compare the text as it came.
		String escaped = unitPage("/%64irektori/bps-kabupaten-serang");

		assertThat(plain).contains("<h1").contains("BPS Kabupaten Serang");
		assertThat(escaped).contains("<h1").contains("BPS Kabupaten Serang");
	}

	@Test
	void aPathThatBeginsLikeARouteButMatchesNoneIsNotFound() throws Exception {
		assertThat(this.mvc.perform(get("/direktori/bps-kabupaten-serang/tidak-ada"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(this.mvc.perform(get("/tidak-ada/bps-kabupaten-serang")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	private String unitPage(String path) throws Exception {
		var response = this.mvc.perform(get(URI.create(path))).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString();
	}

}
