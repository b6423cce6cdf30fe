package id.zonaintegritas.config;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * In demo mode, after the schema migrations of {@code db/migration}, applies the demo
 * data of {@code db/demo} with a Flyway history of its own ({@code flyway_demo_history}).
 * The demo scripts therefore run once per database, in order, and never where demo mode
 * is off.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseMigrationConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DatabaseMigrationConfiguration.class);

	@Bean
	@Conditional(DemoMode.class)
	FlywayMigrationStrategy schemaThenDemoData() {
		return flyway -> {
			flyway.migrate();
			Flyway demo = Flyway.configure()
				.configuration(flyway.getConfiguration())
				.locations("classpath:db/demo")
				// The schema's Java migrations (the bundled LKE) are not demo data.
				.javaMigrations()
				.table("flyway_demo_history")
				.baselineOnMigrate(true)
				.baselineVersion("0")
				.load();
			int applied = demo.migrate().migrationsExecuted;
			log.info("Demo mode: {} demo data script(s) applied", applied);
		};
	}

}
