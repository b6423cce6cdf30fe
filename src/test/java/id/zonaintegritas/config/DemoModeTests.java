package id.zonaintegritas.config;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class DemoModeTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(DemoOnly.class);

	@Test
	void isOnByDefaultWithTheEmbeddedDatabase() {
		this.runner.run((context) -> assertThat(context).hasBean("demoMarker"));
	}

	@Test
	void isOffWhenAnExternalDatabaseIsConfigured() {
		this.runner.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example/zi")
			.run((context) -> assertThat(context).doesNotHaveBean("demoMarker"));
	}

	@Test
	void explicitSettingWinsEitherWay() {
		this.runner
			.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example/zi", "portal.demo.enabled=true")
			.run((context) -> assertThat(context).hasBean("demoMarker"));
		this.runner.withPropertyValues("portal.demo.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean("demoMarker"));
	}

	@Configuration(proxyBeanMethods = false)
	static class DemoOnly {

		@Bean
		@Conditional(DemoMode.class)
		String demoMarker() {
			return "demo";
		}

	}

}
