package id.zonaintegritas.config;

import java.time.LocalDate;
import java.util.Map;

import javax.sql.DataSource;

import id.zonaintegritas.support.PortalIntegrationTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migrations that move data are run against a database that already holds some, as a
 * production upgrade would: the test database itself is migrated while still empty.
 */
@PortalIntegrationTest
class MigrationUpgradeTests {

	@Autowired
	FlywayConnectionDetails owner;

	JdbcTemplate jdbc;

	@BeforeEach
	void asTheOwner() {
		// Creating a database and migrating it is the owner's work, not the portal's.
		this.jdbc = new JdbcTemplate(new SimpleDriverDataSource(new org.postgresql.Driver(), this.owner.getJdbcUrl(),
				this.owner.getUsername(), this.owner.getPassword()));
	}

	@Test
	void v13FillsTheLatestDeclarationAndTheFoldedNamesOfUnitsThatAlreadyHaveThem() throws Exception {
		String database = "upgrade_" + Long.toString(System.nanoTime(), 36);
		this.jdbc.execute("create database " + database);
		try {
			DataSource upgraded = dataSourceFor(database);
			migrate(upgraded, "12");
			JdbcTemplate old = new JdbcTemplate(upgraded);
			old.update(
					"""
							insert into institution (code, name, kind) values ('BPOM', 'Badan Pengawas Obat dan Makanan', 'KEMENTERIAN_LEMBAGA');
							insert into work_unit (institution_id, name, slug, region_code, address, staff_count)
							select id, 'Balai Besar POM di Sérang', 'bbpom-serang', '36.04', 'Serang', 80 from institution;
							insert into declaration (work_unit_id, status, declared_on, venue, official_name, official_position,
							                         created_by, submitted_at)
							select id, 'SUBMITTED', date '2021-02-17', 'Aula', 'Kepala', 'Kepala Balai', 'uji', now() from work_unit;
							""");

			migrate(upgraded, "latest");

			assertThat(old.queryForObject("select latest_declared_on from work_unit", LocalDate.class))
				.isEqualTo(LocalDate.of(2021, 2, 17));
			assertThat(old.queryForObject("select name_folded from work_unit", String.class))
				.isEqualTo("balai besar pom di serang");
		}
		finally {
			this.jdbc.execute("drop database if exists " + database + " with (force)");
		}
	}

	@Test
	void v26ClosesTheRequestsEvaluationsNowDecideAndPutsDesignationsInTheirPeriod() throws Exception {
		String database = "upgrade_" + Long.toString(System.nanoTime(), 36);
		this.jdbc.execute("create database " + database);
		try {
			DataSource upgraded = dataSourceFor(database);
			migrate(upgraded, "25");
			JdbcTemplate old = new JdbcTemplate(upgraded);
			old.update(
					"""
							insert into institution (code, name, kind) values ('BPS', 'Badan Pusat Statistik', 'KEMENTERIAN_LEMBAGA');
							insert into work_unit (institution_id, name, slug, region_code, address, staff_count)
							select id, u.name, u.slug, '36.04', 'Serang', 40 from institution,
							       (values ('BPS Satu', 'bps-satu'), ('BPS Dua', 'bps-dua')) as u (name, slug);
							insert into zi_programme (work_unit_id, stage, target_predicate, held_predicate)
							select id, case slug when 'bps-satu' then 'PENILAIAN' else 'PEMBANGUNAN' end, 'WBK', null
							from work_unit;
							insert into stage_request (programme_id, from_stage, to_stage, target_predicate, requested_by,
							                           requested_at)
							select p.id, 'PENILAIAN', 'PENETAPAN', 'WBK', 'staf.satu', now()
							from zi_programme p join work_unit u on u.id = p.work_unit_id where u.slug = 'bps-satu';
							insert into designation (programme_id, predicate, decree_number, decree_date, recorded_by, recorded_at,
							                         revoked_at, revoked_by, revocation_reason, revocation_decree)
							select p.id, 'WBK', 'SK 1/2022', date '2022-12-07', 'inspektorat.bps', now(),
							       timestamptz '2024-08-20 10:00+07', 'inspektorat.bps', 'Kasus', 'SK 4/2024'
							from zi_programme p join work_unit u on u.id = p.work_unit_id where u.slug = 'bps-dua';
							""");

			migrate(upgraded, "latest");

			assertThat(old.queryForObject("select status from stage_request", String.class)).isEqualTo("WITHDRAWN");
			assertThat(old.queryForObject(
					"select count(*) from audit_entry where action = 'STAGE_REQUEST_WITHDRAWN' and actor = 'system'",
					Integer.class))
				.isEqualTo(1);
			assertThat(old.queryForMap("select period_year, revocation_date::text as revoked_on from designation"))
				.containsEntry("period_year", 2022)
				.containsEntry("revoked_on", "2024-08-20");
		}
		finally {
			this.jdbc.execute("drop database if exists " + database + " with (force)");
		}
	}

	private static void migrate(DataSource database, String target) {
		Flyway.configure()
			.dataSource(database)
			.locations("classpath:db/migration")
			.placeholders(Map.of("application_role", "portal_app"))
			.target(target)
			.load()
			.migrate();
	}

	private DataSource dataSourceFor(String database) {
		String url = this.owner.getJdbcUrl().replaceFirst("(//[^/]+/)[^?]*", "$1" + database);
		return new SimpleDriverDataSource(new org.postgresql.Driver(), url, this.owner.getUsername(),
				this.owner.getPassword());
	}

}
