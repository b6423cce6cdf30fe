package id.zonaintegritas.config;

import java.io.IOException;
import java.nio.file.Path;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;

/**
 * Starts an embedded PostgreSQL 17 when nothing else provides a database: no
 * {@code spring.datasource.url} and no connection details (a Testcontainers service
 * connection, for instance). The portal connects as the application role, Flyway as the
 * owner role ({@link EmbeddedDatabase}). A development and test convenience only: the
 * library is an optional dependency and never enters the packaged jar, so this
 * configuration switches itself off there.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class,
		afterName = "org.springframework.boot.testcontainers.service.connection.ServiceConnectionAutoConfiguration")
@ConditionalOnClass(name = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres")
@ConditionalOnMissingBean(JdbcConnectionDetails.class)
@Conditional(NoDatasourceUrlCondition.class)
public class EmbeddedPostgresAutoConfiguration {

	static final String DATA_DIRECTORY_PROPERTY = "portal.embedded-db.data-directory";

	@Bean(destroyMethod = "close")
	EmbeddedDatabase embeddedDatabase(Environment environment) throws IOException {
		String configured = environment.getProperty(DATA_DIRECTORY_PROPERTY, "");
		// Tests leave it empty: a fresh, throw-away cluster per application context.
		return EmbeddedDatabase.start(configured.isBlank() ? null : Path.of(configured));
	}

	@Bean
	JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedDatabase database) {
		return new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return EmbeddedDatabase.APPLICATION;
			}

			@Override
			public String getPassword() {
				return database.password(EmbeddedDatabase.APPLICATION);
			}

			@Override
			public String getJdbcUrl() {
				return database.jdbcUrl();
			}

		};
	}

	@Bean
	FlywayConnectionDetails embeddedPostgresMigrationConnectionDetails(EmbeddedDatabase database) {
		return new FlywayConnectionDetails() {

			@Override
			public String getUsername() {
				return EmbeddedDatabase.OWNER;
			}

			@Override
			public String getPassword() {
				return database.password(EmbeddedDatabase.OWNER);
			}

			@Override
			public String getJdbcUrl() {
				return database.jdbcUrl();
			}

		};
	}

}
