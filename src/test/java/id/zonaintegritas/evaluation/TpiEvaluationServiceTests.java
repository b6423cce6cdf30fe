package id.zonaintegritas.evaluation;

import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;

import id.zonaintegritas.assessment.AnswerInput;
import id.zonaintegritas.assessment.AssessmentRuleException;
import id.zonaintegritas.assessment.EvaluationConflictException;
import id.zonaintegritas.assessment.EvaluationSheet;
import id.zonaintegritas.assessment.Evaluator;
import id.zonaintegritas.assessment.InstrumentService;
import id.zonaintegritas.assessment.LkeVersion;
import id.zonaintegritas.assessment.SelfAssessmentService;
import id.zonaintegritas.period.PeriodClosedException;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ForbiddenException;
import id.zonaintegritas.shared.ProgrammeDates;
import id.zonaintegritas.support.Lke;
import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.Races;
import id.zonaintegritas.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The TPI's desk evaluation on real PostgreSQL: answers beside the unit's, questions
 * returned and revised, the lead's approval as the LHE, the gate, and two evaluators at
 * once.
 */
@PortalIntegrationTest
class TpiEvaluationServiceTests {

	static final int YEAR = Year.now(ProgrammeDates.WIB).getValue();

	@Autowired
	TpiEvaluationService evaluations;

	@Autowired
	TpiTeamService teams;

	@Autowired
	SelfAssessmentService assessments;

	@Autowired
	InstrumentService instruments;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	long unit;

	Actor staff;

	Actor evaluator;

	Actor secondEvaluator;

	Actor lead;

	LkeVersion version;

	@BeforeEach
	void aUnitAtPembangunanWithItsTeam() {
		this.version = this.instruments.inForce();
		this.unit = TestData.newWorkUnit(this.jdbc, "BPS");
		this.staff = TestData.staffOf(this.jdbc, this.unit);
		this.evaluator = TestData.reviewerOf(this.jdbc, "BPS");
		this.secondEvaluator = TestData.reviewerOf(this.jdbc, "BPS");
		this.lead = TestData.reviewerOf(this.jdbc, "BPS");
		this.jdbc.update("insert into zi_programme (work_unit_id, stage, updated_at) values (?, 'PEMBANGUNAN', now())",
				this.unit);
		Map<String, TpiRole> roles = new LinkedHashMap<>();
		roles.put(this.evaluator.username(), TpiRole.EVALUATOR);
		roles.put(this.secondEvaluator.username(), TpiRole.EVALUATOR);
		roles.put(this.lead.username(), TpiRole.LEAD);
		this.teams.assign(this.unit, YEAR, roles, this.lead);
	}

	@Test
	void anEvaluatorReturnsAQuestionTheUnitRevisesOnlyThatAndTheLeadApprovesTheLheThatMovesTheUnit() {
		submitted(Lke.best(this.version));
		this.evaluations.save(this.unit, YEAR, Lke.best(this.version), Lke.allStand(this.version, true), Map.of(),
				this.evaluator);
		this.evaluations.save(this.unit, YEAR, Map.of("PPA1A", no("Tidak ada SK tim")), Map.of("PPA1A", false),
				Map.of("PPA1A", 1), this.evaluator);

		this.evaluations.returnQuestions(this.unit, YEAR, Map.of("PPA1A", "Lampirkan SK Tim ZI yang ditandatangani."),
				this.evaluator);

		assertThatThrownBy(
				() -> this.assessments.saveAnswers(this.unit, YEAR, Map.of("PPA1B", option("B")), this.staff))
			.isInstanceOfSatisfying(AssessmentRuleException.class,
					(ex) -> assertThat(ex.getReason()).isEqualTo(AssessmentRuleException.Reason.NOT_RETURNED));
		assertThatThrownBy(() -> this.jdbc.update("""
				update lke_answer set justification = 'diam-diam' where question_id = (
				    select id from lke_question where code = 'PPA1B' and version_id = ?)
				and assessment_id = (select id from lke_assessment where work_unit_id = ?)
				""", this.version.id(), this.unit)).as("the database keeps the others frozen")
			.isInstanceOf(DataAccessException.class);
		this.assessments.saveAnswers(this.unit, YEAR, Map.of("PPA1A", yes("SK 12/2026 terlampir")), this.staff);
		this.assessments.resubmit(this.unit, YEAR, this.staff);

		EvaluationSheet sheet = this.evaluations.desk(this.unit, YEAR, this.evaluator).sheet();
		assertThat(sheet.returns()).singleElement().satisfies((r) -> {
			assertThat(r.open()).isFalse();
			assertThat(r.changes()).singleElement()
				.satisfies(
						(change) -> assertThat(change.after()).containsEntry("justification", "SK 12/2026 terlampir"));
		});
		this.evaluations.save(this.unit, YEAR, Map.of("PPA1A", yes("SK ada")), Map.of("PPA1A", true),
				Map.of("PPA1A", 2), this.evaluator);

		GateResult gate = this.evaluations.approve(this.unit, YEAR, "LHE-700/IU/2026",
				LocalDate.now(ProgrammeDates.WIB), this.lead);

		assertThat(gate.met()).isTrue();
		assertThat(stage()).isEqualTo("PENGUSULAN");
		assertThat(this.jdbc.queryForMap("""
				select lhe_number, approved_by from lhe_register where work_unit_id = ? and period_year = ?
				""", this.unit, YEAR)).containsEntry("lhe_number", "LHE-700/IU/2026")
			.containsEntry("approved_by", this.lead.username());
		assertThat(this.jdbc.queryForList("select action from audit_entry where work_unit_id = ? order by id",
				String.class, this.unit))
			.contains("LKE_QUESTIONS_RETURNED", "LKE_RESUBMITTED", "LHE_APPROVED", "STAGE_MOVED_BY_LHE");
	}

	@Test
	void theLeadNeverApprovesWhatTheyEvaluatedNorAnEvaluatorNorAnyoneOffTheTeam() {
		submitted(Lke.best(this.version));
		this.evaluations.save(this.unit, YEAR, Lke.best(this.version), Lke.allStand(this.version, true), Map.of(),
				this.evaluator);

		assertThatThrownBy(() -> this.evaluations.approve(this.unit, YEAR, "LHE 1", LocalDate.now(ProgrammeDates.WIB),
				this.evaluator))
			.isInstanceOf(TpiTeamException.class);
		assertThatThrownBy(() -> this.evaluations.approve(this.unit, YEAR, "LHE 1", LocalDate.now(ProgrammeDates.WIB),
				TestData.reviewerOf(this.jdbc, "BPS")))
			.isInstanceOf(TpiTeamException.class);
		assertThatThrownBy(() -> this.evaluations.approve(this.unit, YEAR, "LHE 1", LocalDate.now(ProgrammeDates.WIB),
				TestData.reviewerOf(this.jdbc, "BPOM")))
			.isInstanceOf(ForbiddenException.class);
		this.jdbc.update("update tpi_team_member set role = 'LEAD' where username = ?", this.evaluator.username());
		assertThatThrownBy(() -> this.evaluations.approve(this.unit, YEAR, "LHE 1", LocalDate.now(ProgrammeDates.WIB),
				this.evaluator))
			.isInstanceOfSatisfying(AssessmentRuleException.class,
					(ex) -> assertThat(ex.getReason()).isEqualTo(AssessmentRuleException.Reason.APPROVER_IS_EVALUATOR));
		assertThat(stage()).isEqualTo("PEMBANGUNAN");
	}

	@Test
	void anLheBelowTheMinimumsIsApprovedButTheUnitStaysAtPembangunanAndEveryCriterionSaysWhy() {
		submitted(Lke.best(this.version));
		this.evaluations.save(this.unit, YEAR, Lke.worst(this.version), Lke.allStand(this.version, false), Map.of(),
				this.evaluator);

		GateResult gate = this.evaluations.approve(this.unit, YEAR, "LHE 2", LocalDate.now(ProgrammeDates.WIB),
				this.lead);

		assertThat(gate.met()).isFalse();
		assertThat(gate.checks()).isNotEmpty().noneMatch((check) -> check.met());
		assertThat(stage()).isEqualTo("PEMBANGUNAN");
		assertThat(this.evaluations.desk(this.unit, YEAR, this.lead).gate().met()).isFalse();
	}

	@Test
	void anApprovalNeedsEveryQuestionEvaluatedAndNoneReturned() {
		submitted(Lke.best(this.version));
		this.evaluations.save(this.unit, YEAR, Map.of("PPA1A", no(null)), Map.of("PPA1A", false), Map.of(),
				this.evaluator);

		assertThatThrownBy(
				() -> this.evaluations.approve(this.unit, YEAR, "LHE 3", LocalDate.now(ProgrammeDates.WIB), this.lead))
			.isInstanceOfSatisfying(AssessmentRuleException.class,
					(ex) -> assertThat(ex.getReason()).isEqualTo(AssessmentRuleException.Reason.EVALUATION_INCOMPLETE));
		this.evaluations.returnQuestions(this.unit, YEAR, Map.of("PPA1A", "SK?"), this.evaluator);
		this.evaluations.save(this.unit, YEAR, Lke.best(this.version), Lke.allStand(this.version, true),
				Map.of("PPA1A", 1), this.evaluator);
		assertThatThrownBy(
				() -> this.evaluations.approve(this.unit, YEAR, "LHE 3", LocalDate.now(ProgrammeDates.WIB), this.lead))
			.isInstanceOfSatisfying(AssessmentRuleException.class, (ex) -> assertThat(ex.getReason())
				.isEqualTo(AssessmentRuleException.Reason.QUESTIONS_STILL_RETURNED));
		assertThatThrownBy(
				() -> this.evaluations.returnQuestions(this.unit, YEAR, Map.of("PPA1B", " "), this.evaluator))
			.isInstanceOfSatisfying(AssessmentRuleException.class,
					(ex) -> assertThat(ex.getReason()).isEqualTo(AssessmentRuleException.Reason.RETURN_NOTE_REQUIRED));
	}

	@Test
	void twoEvaluatorsSavingTheSameQuestionFromTheSamePageNeverOverwriteEachOther() throws Exception {
		submitted(Lke.best(this.version));

		Throwable second = Races.secondWhileTheFirstHoldsItsLocks(this.transactionManager, this.jdbc,
				() -> this.evaluations.save(this.unit, YEAR, Map.of("PPA1A", yes("Rina")), Map.of("PPA1A", true),
						Map.of("PPA1A", 0), this.evaluator),
				() -> this.evaluations.save(this.unit, YEAR, Map.of("PPA1A", no("Budi")), Map.of("PPA1A", false),
						Map.of("PPA1A", 0), this.secondEvaluator));

		assertThat(second).isInstanceOf(EvaluationConflictException.class);
		assertThat(tpiNote("PPA1A")).isEqualTo("Rina");
	}

	@Test
	void twoEvaluatorsSavingTheSameAreaPageForDifferentQuestionsKeepBoth() {
		submitted(Lke.best(this.version));
		// Both opened the page when nothing was answered; each answers one question and
		// sends the whole page, the other question still empty or as it was shown.
		this.evaluations.save(this.unit, YEAR, Map.of("PPA1A", yes("Rina"), "PPA1B", empty()), Map.of("PPA1A", true),
				Map.of("PPA1A", 0, "PPA1B", 0), this.evaluator);
		this.evaluations.save(this.unit, YEAR, Map.of("PPA1A", empty(), "PPA1B", option("A")), Map.of("PPA1B", true),
				Map.of("PPA1A", 0, "PPA1B", 0), this.secondEvaluator);
		// Rina saves again the page she had after her save: PPA1B as it was then (empty).
		this.evaluations.save(this.unit, YEAR, Map.of("PPA1A", yes("Rina, diperbaiki"), "PPA1B", empty()),
				Map.of("PPA1A", true), Map.of("PPA1A", 1, "PPA1B", 0), this.evaluator);

		assertThat(tpiNote("PPA1A")).isEqualTo("Rina, diperbaiki");
		assertThat(this.jdbc.queryForObject("""
				select o.letter from lke_evaluation_answer x join lke_question q on q.id = x.question_id
				join lke_option o on o.id = x.option_id join lke_evaluation e on e.id = x.evaluation_id
				join lke_assessment a on a.id = e.assessment_id where a.work_unit_id = ? and q.code = 'PPA1B'
				""", String.class, this.unit)).isEqualTo("A");
		// Bob's page still showed Rina's first answer: changing PPA1A now is a conflict.
		assertThatThrownBy(() -> this.evaluations.save(this.unit, YEAR, Map.of("PPA1A", no("Budi")),
				Map.of("PPA1A", false), Map.of("PPA1A", 1), this.secondEvaluator))
			.isInstanceOf(EvaluationConflictException.class);
		assertThat(tpiNote("PPA1A")).isEqualTo("Rina, diperbaiki");
	}

	@Test
	void nothingIsEvaluatedOutsideTheTpiWindow() {
		submitted(Lke.best(this.version));
		this.jdbc.update("""
				update programme_period set tpi_evaluation_closes = tpi_evaluation_opens where year = ?
				and tpi_evaluation_opens < current_date
				""", YEAR);
		try {
			assertThatThrownBy(() -> this.evaluations.save(this.unit, YEAR, Map.of("PPA1A", yes(null)),
					Map.of("PPA1A", true), Map.of(), this.evaluator))
				.isInstanceOf(PeriodClosedException.class);
		}
		finally {
			this.jdbc.update("update programme_period set tpi_evaluation_closes = current_date + 45 where year = ?",
					YEAR);
		}
	}

	private void submitted(Map<String, AnswerInput> answers) {
		this.assessments.start(this.unit, YEAR, this.staff);
		this.assessments.saveAnswers(this.unit, YEAR, answers, this.staff);
		this.assessments.submit(this.unit, YEAR, this.staff);
	}

	private String stage() {
		return this.jdbc.queryForObject("select stage from zi_programme where work_unit_id = ?", String.class,
				this.unit);
	}

	private String tpiNote(String code) {
		return this.jdbc.queryForObject("""
				select x.note from lke_evaluation_answer x join lke_question q on q.id = x.question_id
				join lke_evaluation e on e.id = x.evaluation_id join lke_assessment a on a.id = e.assessment_id
				where a.work_unit_id = ? and q.code = ?
				""", String.class, this.unit, code);
	}

	private static AnswerInput yes(String note) {
		return new AnswerInput("Ya", Map.of(), note);
	}

	private static AnswerInput no(String note) {
		return new AnswerInput("Tidak", Map.of(), note);
	}

	private static AnswerInput option(String letter) {
		return new AnswerInput(letter, Map.of(), null);
	}

	private static AnswerInput empty() {
		return new AnswerInput(null, Map.of(), null);
	}

}
