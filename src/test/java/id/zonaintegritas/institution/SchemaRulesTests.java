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
	void allFiveHundredFourteenRegenciesAndCitiesAreThereUnderTheirKemendagriCodes() {
		assertThat(this.jdbc.queryForList("select kind || ' ' || count(*) from region group by kind order by kind",
				String.class))
			.containsExactly("KABUPATEN 416", "KOTA 98", "PROVINSI 38");
		assertThat(this.jdbc
			.queryForMap("select count(distinct parent_code) as provinces from region where kind <> 'PROVINSI'"))
			.containsEntry("provinces", 38L);
		assertThat(this.jdbc.queryForList(
				"select code || ' ' || name from region where code in ('12.71', '12.74', '16.73', '94.04', '96.71') order by code",
				String.class))
			.containsExactly("12.71 Kota Medan", "12.74 Kota Tanjungbalai", "16.73 Kota Lubuk Linggau",
					"94.04 Kabupaten Mimika", "96.71 Kota Sorong");
		assertThat(this.jdbc.queryForObject(
				"select region_code from work_unit where slug = 'stasiun-kipm-tanjungbalai-asahan'", String.class))
			.as("the demo's unit in Tanjungbalai")
			.isEqualTo("12.74");
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
