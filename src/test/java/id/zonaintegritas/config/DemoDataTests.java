package id.zonaintegritas.config;

import java.util.List;

import id.zonaintegritas.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data tells the seed articles' stories and shows every state of the programme.
 */
@PortalIntegrationTest
class DemoDataTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theSeedArticlesBecomeDeclarationsWithTheirDatesVenuesAndOfficials() {
		assertThat(declaration("balai-besar-pom-serang")).containsEntry("declared_on", "2021-04-27")
			.containsEntry("venue", "Hotel Puri Kayana, Kota Serang")
			.containsEntry("official_name", "Trikoranti Mustikawati");
		assertThat(declaration("stasiun-kipm-tanjungbalai-asahan")).containsEntry("official_name", "Sondang Sitorus");
		assertThat(declaration("bps-kabupaten-serang")).containsEntry("declared_on", "2020-06-30")
			.containsEntry("official_name", "Indra Warman");
		assertThat(declaration("bps-provinsi-sumatera-selatan")).containsEntry("declared_on", "2020-06-08");
		assertThat((String) declaration("bps-kabupaten-serang").get("legal_basis")).contains("B-062/BPS/8000/02.2020");
	}

	@Test
	void theWitnessesAreThoseTheArticlesName() {
		assertThat(witnesses("bps-kabupaten-serang")).contains("Tubagus Entus Mahmud Sachiri", "Rahmat Jaya",
				"Anas Dwi Satya Prasadya");
		assertThat(witnesses("bps-provinsi-sumatera-selatan")).containsExactly("H. Muchendi", "M. Adrian Agustiansyah");
		assertThat(witnesses("stasiun-kipm-tanjungbalai-asahan")).containsExactly("H. Waris Thalib, S.Ag., M.M.");
	}

	@Test
	void theMayorOfTanjungbalaiSignedThePactInSupport() {
		assertThat(this.jdbc.queryForObject("""
				select role from pact_signing s join declaration d on d.id = s.declaration_id
				join work_unit u on u.id = d.work_unit_id
				where u.slug = 'stasiun-kipm-tanjungbalai-asahan' and s.signatory_name like 'H. Waris Thalib%'
				""", String.class)).isEqualTo("PENDUKUNG_EKSTERNAL");
	}

	@Test
	void everyStageHasAUnitAndTheDesignationsRevocationAndWbbmRequestAreThere() {
		List<String> stages = this.jdbc.queryForList(
				"""
						select coalesce(p.stage, 'PENCANANGAN') from work_unit u left join zi_programme p on p.work_unit_id = u.id
						""",
				String.class);
		assertThat(stages).contains("PENCANANGAN", "PEMBANGUNAN", "PENGUSULAN", "PENILAIAN", "PENETAPAN");
		assertThat(count("select count(*) from designation where predicate = 'WBK' and revoked_at is null"))
			.isPositive();
		assertThat(count("select count(*) from designation where revoked_at is not null")).isPositive();
		assertThat(count("select count(*) from stage_request where target_predicate = 'WBBM' and status = 'SUBMITTED'"))
			.isPositive();
	}

	private java.util.Map<String, Object> declaration(String slug) {
		return this.jdbc.queryForMap("""
				select d.declared_on::text as declared_on, d.venue, d.official_name, d.legal_basis
				from declaration d join work_unit u on u.id = d.work_unit_id where u.slug = ?
				""", slug);
	}

	private List<String> witnesses(String slug) {
		return this.jdbc.queryForList("""
				select w.person_name from witness w join declaration d on d.id = w.declaration_id
				join work_unit u on u.id = d.work_unit_id
				where u.slug = ? and w.person_name <> 'Perwakilan' order by w.position_in_list
				""", String.class, slug);
	}

	private int count(String sql) {
		return this.jdbc.queryForObject(sql, Integer.class);
	}

}
