package id.zonaintegritas.config;

import id.zonaintegritas.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages' template engine remembers its property checks, and requests are mapped by
 * the routes' text: both are what the measurements in docs/performance.md were taken
 * with.
 */
@PortalIntegrationTest
class RenderingSetupTests {

	@Autowired
	SpringTemplateEngine templates;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping routes;

	@Test
	void theTemplateEngineRemembersItsPropertyChecks() {
		assertThat(this.templates.getDialects()).hasAtLeastOneElementOfType(RememberedPropertyChecks.class);
	}

	@Test
	void requestsAreMappedByTheTextOfTheirRoutes() {
		assertThat(this.routes).isInstanceOf(LiteralPrefixHandlerMapping.class);
	}

}
