package id.zonaintegritas.config;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

import id.zonaintegritas.PortalApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What {@code mvn spring-boot:run} does on a fresh machine: the embedded PostgreSQL keeps
 * its data in a folder, the demo data loads once, and stopping the app stops the
 * database.
 */
class EmbeddedDatabaseRestartTests {

	@TempDir
	Path dataDirectory;

	@Test
	void dataSurvivesARestartAndTheDemoDataLoadsOnlyOnce() {
		String jdbcUrl;
		try (ConfigurableApplicationContext first = start()) {
			JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select count(*) from work_unit", Integer.class)).isEqualTo(28);
			jdbc.update(
					"insert into region (code, name, kind, parent_code) values ('36.99', 'Kota Uji', 'KOTA', '36')");
			jdbcUrl = jdbc.getDataSource() instanceof com.zaxxer.hikari.HikariDataSource hikari ? hikari.getJdbcUrl()
					: null;
		}
		assertThatThrownBy(() -> DriverManager.getConnection(jdbcUrl, "postgres", "").close())
			.as("PostgreSQL stops with the application")
			.isInstanceOf(SQLException.class);

		try (ConfigurableApplicationContext second = start()) {
			JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("select name from region where code = '36.99'", String.class))
				.isEqualTo("Kota Uji");
			assertThat(jdbc.queryForObject("select count(*) from work_unit", Integer.class)).isEqualTo(28);
			assertThat(jdbc.queryForObject("select count(*) from flyway_demo_history where success and version = '1'",
					Integer.class))
				.isEqualTo(1);
		}
	}

	private ConfigurableApplicationContext start() {
		// command-line arguments, as they outrank application.properties
		return new SpringApplicationBuilder(PortalApplication.class).run("--server.port=0",
				"--portal.embedded-db.data-directory=" + this.dataDirectory.resolve("pg"),
				"--spring.main.banner-mode=off");
	}

}
