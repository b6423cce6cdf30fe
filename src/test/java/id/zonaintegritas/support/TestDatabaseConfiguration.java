package id.zonaintegritas.support;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * PostgreSQL 17 in a Testcontainers container where a Docker engine answers, with the two
 * roles of production (ADR 0011): the portal connects as {@code portal_app}, Flyway as
 * {@code portal_owner}. Where no engine answers (CI here), this configuration stays out
 * of the way and the application's embedded PostgreSQL 17, set up the same way, serves
 * the tests instead: real PostgreSQL either way.
 */
@TestConfiguration(proxyBeanMethods = false)
@Conditional(TestDatabaseConfiguration.DockerAvailable.class)
public class TestDatabaseConfiguration {

	@Bean(initMethod = "start", destroyMethod = "stop")
	PostgreSQLContainer postgresContainer() {
		return new PostgreSQLContainer("postgres:17-alpine").withInitScript("testcontainers/portal-roles.sql");
	}

	@Bean
	JdbcConnectionDetails applicationConnection(PostgreSQLContainer postgres) {
		return new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return "portal_app";
			}

			@Override
			public String getPassword() {
				return "portal_app";
			}

			@Override
			public String getJdbcUrl() {
				return postgres.getJdbcUrl();
			}

		};
	}

	@Bean
	FlywayConnectionDetails migrationConnection(PostgreSQLContainer postgres) {
		return new FlywayConnectionDetails() {

			@Override
			public String getUsername() {
				return "portal_owner";
			}

			@Override
			public String getPassword() {
				return "portal_owner";
			}

			@Override
			public String getJdbcUrl() {
				return postgres.getJdbcUrl();
			}

		};
	}

	static class DockerAvailable implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			try {
				return DockerClientFactory.instance().isDockerAvailable();
			}
			catch (RuntimeException ex) {
				return false;
			}
		}

	}

}
