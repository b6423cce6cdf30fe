package id.zonaintegritas.period;

import java.time.LocalDate;
import java.time.Year;

import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ConflictException;
import id.zonaintegritas.shared.ForbiddenException;
import id.zonaintegritas.shared.ProgrammeDates;
import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@PortalIntegrationTest
class PeriodServiceTests {

	@Autowired
	PeriodService periods;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyYearWithDataHasItsPeriodAndThisYearsSelfAssessmentsAreOpenInTheDemo() {
		assertThat(this.periods.all()).extracting(ProgrammePeriod::year)
			.contains(2014, 2021, Year.now(ProgrammeDates.WIB).getValue());
		ProgrammePeriod current = this.periods.current().orElseThrow();
		assertThat(current.selfAssessment().contains(this.periods.today())).isTrue();
		assertThat(current.windows()).extracting((timed) -> timed.stage())
			.containsExactly(PeriodService.Stage.values());
	}

	@Test
	void anActionOutsideItsWindowIsRefusedSayingWhenItClosedOrOpens() {
		assertThatThrownBy(() -> this.periods.requireOpen(2021, PeriodService.Stage.SELF_ASSESSMENT))
			.isInstanceOfSatisfying(PeriodClosedException.class,
					(ex) -> assertThat(ex.getMessageKey()).isEqualTo("period.closed.over.SELF_ASSESSMENT"));
		int future = 2040 + (int) (System.nanoTime() % 15);
		this.periods.save(new PeriodDraft(future, LocalDate.of(future, 1, 2), LocalDate.of(future, 4, 30),
				LocalDate.of(future, 2, 1), LocalDate.of(future, 5, 20), LocalDate.of(future, 5, 1),
				LocalDate.of(future, 5, 31), LocalDate.of(future, 6, 1), LocalDate.of(future, 11, 30),
				LocalDate.of(future, 12, 10), 7), null, TestData.admin(this.jdbc));
		assertThatThrownBy(() -> this.periods.requireOpen(future, PeriodService.Stage.TPN_EVALUATION))
			.isInstanceOfSatisfying(PeriodClosedException.class,
					(ex) -> assertThat(ex.getMessageKey()).isEqualTo("period.closed.notYet.TPN_EVALUATION"));
		assertThatThrownBy(() -> this.periods.requireOpen(2101, PeriodService.Stage.PROPOSAL)).isInstanceOfSatisfying(
				PeriodClosedException.class, (ex) -> assertThat(ex.getMessageKey()).isEqualTo("period.closed.notSet"));
		this.periods.requireOpen(Year.now(ProgrammeDates.WIB).getValue(), PeriodService.Stage.SELF_ASSESSMENT);
	}

	@Test
	void aPeriodIsSetWholeWithEveryProblemOfItsDatesOnItsFieldAndChangedOnlyFromWhatWasRead() {
		Actor admin = TestData.admin(this.jdbc);
		int year = 2060 + (int) (System.nanoTime() % 30);
		PeriodDraft broken = new PeriodDraft(year, LocalDate.of(year - 1, 12, 1), LocalDate.of(year - 1, 11, 1),
				LocalDate.of(year, 2, 1), LocalDate.of(year, 5, 20), LocalDate.of(year, 1, 1),
				LocalDate.of(year, 5, 31), LocalDate.of(year, 6, 1), LocalDate.of(year, 11, 30),
				LocalDate.of(year, 11, 1), 7);

		assertThatThrownBy(() -> this.periods.save(broken, null, admin)).isInstanceOfSatisfying(
				PeriodRejectedException.class,
				(ex) -> assertThat(ex.getProblems())
					.extracting(PeriodDraft.Problem::field, PeriodDraft.Problem::messageKey)
					.containsExactly(tuple("selfAssessmentCloses", "period.rule.closesBeforeOpening"),
							tuple("selfAssessmentOpens", "period.rule.startsInItsYear"),
							tuple("proposalOpens", "period.rule.opensInOrder"),
							tuple("designationOn", "period.rule.designationLast")));
		assertThat(this.periods.of(year)).isEmpty();

		PeriodDraft usual = new PeriodDraft(year, LocalDate.of(year, 1, 2), LocalDate.of(year, 4, 30),
				LocalDate.of(year, 2, 1), LocalDate.of(year, 5, 20), LocalDate.of(year, 5, 1),
				LocalDate.of(year, 5, 31), LocalDate.of(year, 6, 1), LocalDate.of(year, 11, 30),
				LocalDate.of(year, 12, 10), 10);
		ProgrammePeriod created = this.periods.save(usual, null, admin);
		assertThat(created.designationOn()).isEqualTo(LocalDate.of(year, 12, 10));
		assertThat(created.objectionDays()).isEqualTo(10);
		assertThatThrownBy(() -> this.periods.save(usual, null, admin)).isInstanceOf(ConflictException.class);

		PeriodDraft later = new PeriodDraft(year, LocalDate.of(year, 1, 2), LocalDate.of(year, 4, 30),
				LocalDate.of(year, 2, 1), LocalDate.of(year, 5, 20), LocalDate.of(year, 7, 1),
				LocalDate.of(year, 7, 31), LocalDate.of(year, 8, 1), LocalDate.of(year, 11, 30),
				LocalDate.of(year, 12, 10), 7);
		assertThat(this.periods.save(later, created.version(), admin).proposal().opens())
			.isEqualTo(LocalDate.of(year, 7, 1));
		assertThatThrownBy(() -> this.periods.save(later, created.version(), admin))
			.isInstanceOf(ConflictException.class);
		assertThat(this.jdbc.queryForList(
				"select action from audit_log where object_type = 'ProgrammePeriod' and object_id = ? order by id",
				String.class, String.valueOf(year)))
			.containsExactly("PERIOD_CREATED", "PERIOD_CHANGED");
		assertThatThrownBy(() -> this.periods.save(later, 1L, Actor.admin("staf.bps-kab-serang")))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> this.jdbc
			.update("update programme_period set designation_on = tpn_evaluation_closes - 1 where year = ?", year))
			.isInstanceOf(DataAccessException.class);
	}

}
