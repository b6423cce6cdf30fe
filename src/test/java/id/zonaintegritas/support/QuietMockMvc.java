package id.zonaintegritas.support;

import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.boot.webmvc.test.autoconfigure.SpringBootMockMvcBuilderCustomizer;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.DefaultMockMvcBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A MockMvc like the application's own (every filter, Spring Security) that keeps no
 * printout of its requests: for tests that send thousands of them, where formatting each
 * response in case the test fails costs more than the requests.
 */
public final class QuietMockMvc {

	private QuietMockMvc() {
	}

	public static MockMvc of(WebApplicationContext context) {
		DefaultMockMvcBuilder builder = MockMvcBuilders.webAppContextSetup(context);
		context.getBeansOfType(MockMvcBuilderCustomizer.class).values().forEach((customizer) -> {
			if (customizer instanceof SpringBootMockMvcBuilderCustomizer) {
				SpringBootMockMvcBuilderCustomizer quiet = new SpringBootMockMvcBuilderCustomizer(context);
				quiet.setAddFilters(true);
				quiet.setPrint(MockMvcPrint.NONE);
				quiet.customize(builder);
			}
			else {
				customizer.customize(builder);
			}
		});
		return builder.build();
	}

}
