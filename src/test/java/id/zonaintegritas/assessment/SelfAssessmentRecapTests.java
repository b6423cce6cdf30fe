package id.zonaintegritas.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ForbiddenException;
import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The recap scores in the database exactly as {@link Scorecard} scores in Java. */
@PortalIntegrationTest
class SelfAssessmentRecapTests {

	@Autowired
	SelfAssessmentRecap recap;

	@Autowired
	SelfAssessmentPages pages;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theDatabaseScoresEveryDemoSelfAssessmentAsTheScorecardDoes() {
		Actor admin = TestData.admin(this.jdbc);
		int compared = 0;
		for (int year : new int[] { 2021, 2022, 2023, 2024, this.pages.currentYear() }) {
			List<RecapRow> rows = new ArrayList<>();
			this.recap.national(year, admin, rows::add);
			for (RecapRow row : rows) {
				String staff = this.jdbc.queryForObject(
						"select started_by from lke_assessment where work_unit_id = ? and period_year = ?",
						String.class, row.unitId(), year);
				Scorecard scorecard = this.pages.overview(row.unitId(), year, Actor.staff(staff)).scorecard();
				assertThat(row.answered()).isEqualTo(scorecard.answered());
				assertThat(row.questions()).isEqualTo(scorecard.questionCount());
				assertThat(same(row.total(), scorecard.total())).as(row.slug() + " " + year + " total").isTrue();
				assertThat(same(row.pengungkit(), scorecard.pengungkit())).isTrue();
				assertThat(same(row.hasil(), scorecard.hasil())).isTrue();
				for (Scorecard.AreaScore area : scorecard.areas()) {
					assertThat(same(row.area(area.area().code()), area.score()))
						.as(row.slug() + " " + year + " " + area.area().code())
						.isTrue();
				}
				compared++;
			}
		}
		assertThat(compared).as("the demo's nine self-assessments, at least").isGreaterThanOrEqualTo(9);
	}

	@Test
	void aReviewerSeesTheUnitsOfTheirInstitutionsOnlyAndTheNationalRecapIsForAdministrators() {
		Actor bps = TestData.reviewerOf(this.jdbc, "BPS");

		List<RecapRow> rows = this.recap.ofReviewer(2023, bps);

		assertThat(rows).extracting(RecapRow::slug)
			.contains("bps-provinsi-sumatera-selatan")
			.doesNotContain("balai-besar-pom-serang");
		assertThat(rows.get(0).submitted()).isTrue();
		assertThatThrownBy(() -> this.recap.national(2023, Actor.admin(bps.username()), (row) -> {
		})).isInstanceOf(ForbiddenException.class);
	}

	private static boolean same(BigDecimal a, BigDecimal b) {
		return a.setScale(10, RoundingMode.HALF_UP).compareTo(b.setScale(10, RoundingMode.HALF_UP)) == 0;
	}

}
