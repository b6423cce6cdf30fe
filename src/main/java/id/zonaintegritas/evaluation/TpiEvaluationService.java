package id.zonaintegritas.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import id.zonaintegritas.account.AccessGuard;
import id.zonaintegritas.assessment.AnswerInput;
import id.zonaintegritas.assessment.EvaluationRecord;
import id.zonaintegritas.assessment.EvaluationSheet;
import id.zonaintegritas.assessment.Evaluator;
import id.zonaintegritas.assessment.LkeEvaluations;
import id.zonaintegritas.audit.AuditRecord;
import id.zonaintegritas.audit.AuditTrail;
import id.zonaintegritas.institution.InstitutionService;
import id.zonaintegritas.institution.WorkUnitSummary;
import id.zonaintegritas.period.PeriodService;
import id.zonaintegritas.period.ProgrammePeriod;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.workflow.ProgrammeMoves;
import id.zonaintegritas.workflow.ProgrammeView;
import id.zonaintegritas.workflow.Stage;
import id.zonaintegritas.workflow.WorkflowService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The TPI's desk evaluation of a unit's submitted LKE: the evaluators of its team answer
 * each question and say whether the unit's answer stands, return chosen questions to the
 * unit, and the team's lead, who answered none of them, approves the result as the LHE.
 * An approved LHE whose scores meet the gate moves the unit to pengusulan. Reviewers of
 * the institution read it; only the team acts, inside the period's TPI window. Each
 * command is one transaction, audited.
 */
@Service
public class TpiEvaluationService {

	private final LkeEvaluations evaluations;

	private final TpiTeamService teams;

	private final EligibilityGate gate;

	private final WorkflowService workflow;

	private final ProgrammeMoves moves;

	private final PeriodService periods;

	private final AccessGuard access;

	private final AuditTrail audit;

	private final InstitutionService institutions;

	private final ApprovedLhes lhes;

	private final ApplicationEventPublisher events;

	TpiEvaluationService(LkeEvaluations evaluations, TpiTeamService teams, EligibilityGate gate,
			WorkflowService workflow, ProgrammeMoves moves, PeriodService periods, AccessGuard access, AuditTrail audit,
			InstitutionService institutions, ApprovedLhes lhes, ApplicationEventPublisher events) {
		this.events = events;
		this.institutions = institutions;
		this.lhes = lhes;
		this.evaluations = evaluations;
		this.teams = teams;
		this.gate = gate;
		this.workflow = workflow;
		this.moves = moves;
		this.periods = periods;
		this.access = access;
		this.audit = audit;
	}

	/**
	 * The evaluation of the unit's LKE of a period, for a reviewer of its institution.
	 */
	@Transactional(readOnly = true)
	public TpiDesk desk(long unitId, int year, Actor reviewer) {
		this.access.requireReviewerOf(reviewer, unitId);
		EvaluationSheet sheet = this.evaluations.sheet(unitId, year);
		TpiTeam team = this.teams.team(unitId, year, reviewer);
		ProgrammeView programme = this.workflow.programme(unitId);
		ProgrammePeriod period = this.periods.of(year).orElse(null);
		boolean open = period != null && period.tpiEvaluation().contains(this.periods.today());
		return new TpiDesk(sheet, team, team.roleOf(reviewer.username()), programme,
				this.gate.check(sheet, Evaluator.TPI, programme.targetPredicate(), programme.heldPredicate()), period,
				open);
	}

	/**
	 * The unit's LHE of a period with the gate, for its staff: each criterion met or not,
	 * with the numbers, once the lead approved it.
	 */
	@Transactional(readOnly = true)
	public Optional<ApprovedLhe> resultForStaff(long unitId, int year, Actor staff) {
		this.access.requireStaffOf(staff, unitId);
		return this.lhes.of(unitId, year);
	}

	/**
	 * The approved LHE as it is printed, for the unit's staff and the reviewers of its
	 * institution.
	 */
	@Transactional(readOnly = true)
	public Optional<PrintedLhe> printable(long unitId, int year, Actor reader) {
		this.access.requireStaffOrReviewerOf(reader, unitId);
		return this.lhes.of(unitId, year).map((lhe) -> {
			EvaluationRecord tpi = lhe.sheet().tpi();
			List<PrintedLhe.Finding> findings = lhe.sheet()
				.notStanding(Evaluator.TPI)
				.stream()
				.map((question) -> new PrintedLhe.Finding(question,
						tpi.answers().get(question.code()).answer().justification()))
				.toList();
			return new PrintedLhe(lhe, this.teams.teamOf(unitId, year), findings);
		});
	}

	/** A unit of the reviewer's institution. */
	@Transactional(readOnly = true)
	public WorkUnitSummary unit(long unitId) {
		return this.institutions.workUnit(unitId);
	}

	/**
	 * An evaluator saves answers: their own, a note, and whether the unit's stands; never
	 * over another evaluator's save they have not seen.
	 */
	@Transactional
	public int save(long unitId, int year, Map<String, AnswerInput> inputs, Map<String, Boolean> stands,
			Map<String, Integer> seen, Actor reviewer) {
		requireOnTeam(unitId, year, reviewer, TpiRole.EVALUATOR);
		return this.evaluations.save(unitId, year, Evaluator.TPI, inputs, stands, seen, reviewer.username());
	}

	/** An evaluator returns chosen questions to the unit, each with a note. */
	@Transactional
	public void returnQuestions(long unitId, int year, Map<String, String> notes, Actor reviewer) {
		requireOnTeam(unitId, year, reviewer, TpiRole.EVALUATOR);
		this.evaluations.returnQuestions(unitId, year, notes, reviewer.username());
		this.audit.record(AuditRecord.worded(reviewer, "LKE_QUESTIONS_RETURNED", "LkeAssessment", unitId + "/" + year,
				unitId, year, String.join(", ", notes.keySet())));
		this.events.publishEvent(new TpiResultSent(unitId, year, TpiResultSent.Kind.QUESTIONS_RETURNED,
				List.copyOf(new TreeSet<>(notes.keySet())), null, false));
	}

	/**
	 * The team's lead approves the TPI's result as the LHE. If its scores meet the gate,
	 * the unit moves from pembangunan to pengusulan; if not, it stays to build further.
	 * @return the gate as it stood at approval
	 */
	@Transactional
	public GateResult approve(long unitId, int year, String lheNumber, LocalDate lheDate, Actor lead) {
		requireOnTeam(unitId, year, lead, TpiRole.LEAD);
		ProgrammeView programme = this.workflow.programme(unitId);
		this.evaluations.approve(unitId, year, lheNumber, lheDate, lead.username());
		EvaluationSheet sheet = this.evaluations.sheet(unitId, year);
		GateResult result = this.gate.check(sheet, Evaluator.TPI, programme.targetPredicate(),
				programme.heldPredicate());
		this.audit.record(AuditRecord.worded(lead, "LHE_APPROVED", "LkeAssessment", sheet.assessment().id(), unitId,
				sheet.tpi().lheNumber(), year,
				sheet.scores(Evaluator.TPI).total().setScale(2, java.math.RoundingMode.HALF_UP),
				programme.targetPredicate(), result.met() ? 1 : 0));
		if (result.met() && programme.stage() == Stage.PEMBANGUNAN) {
			this.moves.lheApproved(unitId, "LHE " + sheet.tpi().lheNumber(), lead);
		}
		this.events.publishEvent(new TpiResultSent(unitId, year, TpiResultSent.Kind.LHE_APPROVED, List.of(),
				sheet.tpi().lheNumber(), result.met()));
		return result;
	}

	private void requireOnTeam(long unitId, int year, Actor reviewer, TpiRole role) {
		this.access.requireReviewerOf(reviewer, unitId);
		TpiRole held = this.teams.team(unitId, year, reviewer).roleOf(reviewer.username());
		if (held != role) {
			throw new TpiTeamException(
					(role == TpiRole.LEAD) ? "tpi.evaluation.notLead" : "tpi.evaluation.notEvaluator");
		}
		this.periods.requireOpen(year, PeriodService.Stage.TPI_EVALUATION);
	}

}
