package id.zonaintegritas.institution;

import id.zonaintegritas.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database itself refuses what the code refuses, so no other writer can break the
 * rules.
 */
@PortalIntegrationTest
class SchemaRulesTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void regionCodesFollowTheKemendagriFormatAndNestInTheirProvince() {
		assertThatThrownBy(
				() -> this.jdbc.update("insert into region (code, name, kind) values ('3', 'X', 'PROVINSI')"))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("region_code_format_check");
		assertThatThrownBy(() -> this.jdbc
			.update("insert into region (code, name, kind, parent_code) values ('36.99', 'Kota X', 'KOTA', '12')"))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("region_code_format_check");
		assertThatThrownBy(() -> this.jdbc.update("insert into region (code, name, kind) values ('99', 'X', 'NEGARA')"))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("violates check constraint");
	}

	@Test
	void allThirtyEightProvincesAreThere() {
		assertThat(this.jdbc.queryForObject("select count(*) from region where kind = 'PROVINSI'", Integer.class))
			.isEqualTo(38);
	}

	@Test
	void aRegionalGovernmentNeedsItsRegionAndAMinistryHasNone() {
		assertThatThrownBy(() -> this.jdbc
			.update("insert into institution (code, name, kind) values ('PEMKAB-X', 'Pemkab X', 'KABUPATEN_KOTA')"))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("institution_region_check");
		assertThatThrownBy(() -> this.jdbc.update(
				"insert into institution (code, name, kind, region_code) values ('KEMEN-X', 'Kemen X', 'KEMENTERIAN_LEMBAGA', '36')"))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("institution_region_check");
	}

	@Test
	void workUnitSlugsAreUniqueAndUrlSafeAndStaffCountsPositive() {
		long bps = this.jdbc.queryForObject("select id from institution where code = 'BPS'", Long.class);
		String insert = "insert into work_unit (institution_id, name, slug, region_code, staff_count) values (?, ?, ?, ?, ?)";

		assertThatThrownBy(() -> this.jdbc.update(insert, bps, "BPS Lain", "bps-kabupaten-serang", "36.04", 10))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("work_unit_slug_unique");
		assertThatThrownBy(() -> this.jdbc.update(insert, bps, "BPS Lain", "BPS Lain!", "36.04", 10))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("work_unit_slug_format");
		assertThatThrownBy(() -> this.jdbc.update(insert, bps, "BPS Lain", "bps-lain", "36.04", 0))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("work_unit_staff_count_check");
		assertThatThrownBy(() -> this.jdbc.update(insert, bps, "BPS Lain", "bps-lain", "77.77", 10))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("work_unit_region_code_fkey");
	}

}
