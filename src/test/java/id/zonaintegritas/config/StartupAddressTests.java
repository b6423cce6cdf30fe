package id.zonaintegritas.config;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The start-up log ends with the address to open. */
@ExtendWith(OutputCaptureExtension.class)
class StartupAddressTests {

	@Test
	void theLogSaysWhereToGoOnceThePortalIsReady(CapturedOutput output) {
		try (GenericApplicationContext context = new GenericApplicationContext()) {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("server", Map.of("local.server.port", "8090")));

			new StartupAddress().ready(
					new ApplicationReadyEvent(new SpringApplication(), new String[0], context, Duration.ofSeconds(1)));
		}

		assertThat(output).contains("Portal Zona Integritas is ready: open http://localhost:8090/");
	}

}
