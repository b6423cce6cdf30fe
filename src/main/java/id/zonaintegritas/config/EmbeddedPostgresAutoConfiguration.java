package id.zonaintegritas.config;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;

/**
 * Starts an embedded PostgreSQL 17 when nothing else provides a database: no
 * {@code spring.datasource.url} and no connection details (a Testcontainers service
 * connection, for instance). A development and test convenience only: the library is an
 * optional dependency and never enters the packaged jar, so this configuration switches
 * itself off there.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class,
		afterName = "org.springframework.boot.testcontainers.service.connection.ServiceConnectionAutoConfiguration")
@ConditionalOnClass(name = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres")
@ConditionalOnMissingBean(JdbcConnectionDetails.class)
@Conditional(NoDatasourceUrlCondition.class)
public class EmbeddedPostgresAutoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresAutoConfiguration.class);

	static final String DATA_DIRECTORY_PROPERTY = "portal.embedded-db.data-directory";

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(Environment environment) throws IOException {
		String configured = environment.getProperty(DATA_DIRECTORY_PROPERTY, "");
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setServerConfig("max_connections", "100")
			.setLocaleConfig("encoding", "UTF8");
		if (configured.isBlank()) {
			// Tests: a fresh, throw-away cluster per application context.
			builder.setCleanDataDirectory(true);
		}
		else {
			Path dataDirectory = Path.of(configured).toAbsolutePath();
			Files.createDirectories(dataDirectory.getParent());
			// Data that outlives the process: undo the library's test-speed defaults
			// (fsync off).
			builder.setDataDirectory(dataDirectory.toFile())
				.setCleanDataDirectory(false)
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on");
		}
		EmbeddedPostgres postgres = builder.start();
		log.info("Embedded PostgreSQL started on port {} (data: {})", postgres.getPort(),
				configured.isBlank() ? "temporary" : new File(configured).getAbsolutePath());
		return postgres;
	}

	@Bean
	JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgres postgres) {
		String url = postgres.getJdbcUrl("postgres", "postgres");
		return new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return "postgres";
			}

			@Override
			public String getPassword() {
				return "";
			}

			@Override
			public String getJdbcUrl() {
				return url;
			}

		};
	}

}
