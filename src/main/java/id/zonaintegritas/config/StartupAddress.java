package id.zonaintegritas.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Ends the start-up log with the address to open, so that a newcomer knows where to go.
 */
@Component
class StartupAddress {

	private static final Logger log = LoggerFactory.getLogger(StartupAddress.class);

	@EventListener
	void ready(ApplicationReadyEvent event) {
		Environment environment = event.getApplicationContext().getEnvironment();
		String port = environment.getProperty("local.server.port");
		if (port != null) {
			log.info("Portal Zona Integritas is ready: open http://localhost:{}/", port);
		}
	}

}
