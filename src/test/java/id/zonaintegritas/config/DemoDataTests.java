package id.zonaintegritas.config;

import java.util.List;

import id.zonaintegritas.assessment.SelfAssessmentPages;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.Predicate;
import id.zonaintegritas.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The demo data tells the seed articles' stories and shows every state of the programme.
 */
@PortalIntegrationTest
class DemoDataTests {

	// Other tests share this database and start self-assessments of their own units.
	static final String DEMO_ASSESSMENTS = """
			select count(*) from lke_assessment s join work_unit u on u.id = s.work_unit_id
			where u.slug in ('balai-besar-pom-serang', 'bps-provinsi-sumatera-selatan', 'disdukcapil-kabupaten-serang',
			                 'diskominfosatik-kabupaten-serang', 'bps-kabupaten-serang', 'stasiun-kipm-tanjungbalai-asahan')
			""";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SelfAssessmentPages lke;

	@Autowired
	MockMvc mvc;

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
		assertThat(witnesses("stasiun-kipm-tanjungbalai-asahan")).as("the mayor received an audience").isEmpty();
	}

	@Test
	void bpsSumateraSelatanDeclaredWithTheBpsOfEveryRegencyAndCityOfTheProvinceAndTheSekdaGaveTheDirection() {
		var sumsel = this.jdbc.queryForMap("""
				select d.id, d.official_name, d.official_position, d.description from declaration d
				join work_unit u on u.id = d.work_unit_id where u.slug = 'bps-provinsi-sumatera-selatan'""");
		assertThat(sumsel.get("official_position")).isEqualTo("Kepala BPS Provinsi Sumatera Selatan");
		assertThat((String) sumsel.get("official_name")).doesNotContain("Nasrun Umar");
		assertThat((String) sumsel.get("description")).contains("H. Nasrun Umar memberikan arahan");
		List<String> together = this.jdbc.queryForList("""
				select u.region_code from declaration_unit x join work_unit u on u.id = x.work_unit_id
				where x.declaration_id = ? order by 1""", String.class, sumsel.get("id"));
		assertThat(together).hasSize(17)
			.isEqualTo(this.jdbc.queryForList("select code from region where parent_code = '16' order by code",
					String.class));
		assertThat(this.jdbc.queryForObject("""
				select count(*) from work_unit u join declaration_unit x on x.work_unit_id = u.id
				where x.declaration_id = ? and u.latest_declared_on = date '2020-06-08'
				  and u.parent_id = (select id from work_unit where slug = 'bps-provinsi-sumatera-selatan')""",
				Integer.class, sumsel.get("id")))
			.isEqualTo(17);
	}

	@Test
	void theStationsDeclarationIsKnownOnlyToItsYearAndTheAudienceOf7June2021IsNotItsDate() throws Exception {
		assertThat(this.jdbc.queryForMap(
				"""
						select d.declared_on::text as declared_on, d.declared_on_precision, d.revision, v.declared_on::text as before,
						       v.amendment_reason
						from declaration d join work_unit u on u.id = d.work_unit_id
						join declaration_version v on v.declaration_id = d.id and v.revision = 1
						where u.slug = 'stasiun-kipm-tanjungbalai-asahan'"""))
			.containsEntry("declared_on", "2021-01-01")
			.containsEntry("declared_on_precision", "YEAR")
			.containsEntry("revision", 2)
			.containsEntry("before", "2021-06-07")
			.hasEntrySatisfying("amendment_reason", (reason) -> assertThat((String) reason).contains("audiensi"));
		String page = this.mvc.perform(get("/direktori/stasiun-kipm-tanjungbalai-asahan"))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(org.jsoup.Jsoup.parse(page).select(".timeline strong").eachText()).contains("2021");
		String openData = this.mvc.perform(get("/data/unit-kerja.csv"))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(openData.lines().filter((line) -> line.startsWith("stasiun-kipm-tanjungbalai-asahan,")))
			.singleElement()
			.asString()
			.contains(",2021,")
			.doesNotContain("2021-01-01");
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
	void everyStageHasAUnitAndTheDesignationsRevocationAndTheTpnsOutcomesAreThere() {
		List<String> stages = this.jdbc.queryForList(
				"""
						select coalesce(p.stage, 'PENCANANGAN') from work_unit u left join zi_programme p on p.work_unit_id = u.id
						""",
				String.class);
		assertThat(stages).contains("PENCANANGAN", "PEMBANGUNAN", "PENGUSULAN", "PENILAIAN", "PENETAPAN");
		assertThat(count("select count(*) from designation where predicate = 'WBK' and revoked_at is null"))
			.isPositive();
		assertThat(count("select count(*) from designation where revoked_at is not null")).isPositive();
		assertThat(count("select count(*) from designation where recorded_by = 'tpn.kemenpanrb' "
				+ "and decree_document_id is not null"))
			.isEqualTo(3);
		assertThat(count("select count(*) from designation where revoked_by = 'tpn.kemenpanrb' "
				+ "and revocation_document_id is not null"))
			.isEqualTo(1);
		assertThat(count("select count(*) from proposed_unit p join work_unit u on u.id = p.work_unit_id "
				+ "where p.result = 'NOT_DESIGNATED' and u.slug not like 'unit-uji-%'"))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForList("""
				select u.slug from proposed_unit p join work_unit u on u.id = p.work_unit_id
				where p.selection is null and p.period_year = extract(year from now() at time zone 'Asia/Jakarta')
				  and u.slug not like 'unit-uji-%'""", String.class)).as("waiting for the TPN")
			.containsExactly("bps-provinsi-sumatera-selatan");
		assertThat(count("select count(*) from stage_request r join zi_programme p on p.id = r.programme_id "
				+ "join work_unit u on u.id = p.work_unit_id where r.status in ('SUBMITTED', 'RETURNED') "
				+ "and r.from_stage in ('PEMBANGUNAN', 'PENGUSULAN', 'PENILAIAN') and u.slug not like 'unit-uji-%'"))
			.as("no request for a move an evaluation makes")
			.isZero();
		assertThat(count("select count(*) from stage_change where to_stage = 'PENETAPAN' "
				+ "and from_stage = 'PENILAIAN' and changed_by like 'inspektorat.%'"))
			.as("no inspektorat designates")
			.isZero();
	}

	@Test
	void unitsAtPembangunanAndLaterHaveSelfAssessmentsWhoseScoresFitWhatHappenedNext() {
		assertThat(this.jdbc.queryForList("""
				select u.slug from work_unit u join zi_programme p on p.work_unit_id = u.id
				where p.stage <> 'PENCANANGAN'
				  and not exists (select 1 from lke_assessment s where s.work_unit_id = u.id)
				""", String.class)).isEmpty();
		assertThat(count(DEMO_ASSESSMENTS + " and s.status = 'SUBMITTED'")).isEqualTo(7);
		assertThat(count(DEMO_ASSESSMENTS + " and s.status = 'DRAFT'")).isEqualTo(3);
		assertThat(count("select count(*) from lke_evidence")).isGreaterThan(300);
		assertThat(count("""
				select count(*) from lke_answer a
				where not exists (select 1 from lke_answer_change c
				                  where c.assessment_id = a.assessment_id and c.question_id = a.question_id)
				""")).as("every answer's first change is kept").isZero();

		Actor bbpom = Actor.staff("staf.bbpom-serang");
		Actor sumsel = Actor.staff("staf.bps-sumsel");
		Actor dukcapil = Actor.staff("staf.disdukcapil-serang");
		assertThat(unmet("balai-besar-pom-serang", 2022, bbpom, Predicate.WBK))
			.as("proposed and designated WBK in 2022")
			.isEmpty();
		assertThat(unmet("bps-provinsi-sumatera-selatan", 2023, sumsel, Predicate.WBBM)).as("proposed for WBBM in 2023")
			.isEmpty();
		assertThat(unmet("disdukcapil-kabupaten-serang", 2021, dukcapil, Predicate.WBK)).as("refused in 2021")
			.isNotEmpty();
	}

	@Test
	void bpsUnitsHaveThisYearsTpiTeamWithAnEvaluatorAndADifferentLead() {
		assertThat(this.jdbc.queryForList("""
				select u.slug || ' ' || t.role || ' ' || t.username from tpi_team_member t
				join work_unit u on u.id = t.work_unit_id
				where t.period_year = extract(year from now() at time zone 'Asia/Jakarta')
				  and u.slug in ('bps-kabupaten-serang', 'bps-provinsi-sumatera-selatan')
				order by 1""", String.class)).containsExactly("bps-kabupaten-serang EVALUATOR inspektorat.bps",
				"bps-kabupaten-serang LEAD inspektorat.bps.ketua",
				"bps-provinsi-sumatera-selatan EVALUATOR inspektorat.bps",
				"bps-provinsi-sumatera-selatan LEAD inspektorat.bps.ketua");
	}

	private List<String> unmet(String slug, int year, Actor staff, Predicate predicate) {
		return this.lke.overview(unit(slug), year, staff)
			.scorecard()
			.against(predicate)
			.stream()
			.filter((check) -> !check.met())
			.map((check) -> check.minimum().criterion() + " " + check.minimum().scope() + " " + check.actual())
			.toList();
	}

	private long unit(String slug) {
		return this.jdbc.queryForObject("select id from work_unit where slug = ?", Long.class, slug);
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
