package id.zonaintegritas.evaluation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.zonaintegritas.assessment.EvaluationSheet;
import id.zonaintegritas.assessment.Evaluator;
import id.zonaintegritas.assessment.LkeEvaluations;
import id.zonaintegritas.workflow.ProgrammeView;
import id.zonaintegritas.workflow.WorkflowService;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approved LHEs, and the gate on their scores, for the modules that act on them (the
 * instansi's proposal, the TPN). Who may read them is the caller's check.
 */
@Service
@Transactional(readOnly = true)
public class ApprovedLhes {

	private final JdbcClient jdbc;

	private final LkeEvaluations evaluations;

	private final WorkflowService workflow;

	private final EligibilityGate gate;

	ApprovedLhes(JdbcClient jdbc, LkeEvaluations evaluations, WorkflowService workflow, EligibilityGate gate) {
		this.jdbc = jdbc;
		this.evaluations = evaluations;
		this.workflow = workflow;
		this.gate = gate;
	}

	/** The unit's approved LHE of the period, if it has one. */
	public Optional<ApprovedLhe> of(long unitId, int year) {
		return Optional.ofNullable(numbersOf(List.of(unitId), year).get(unitId))
			.map((lhe) -> complete(unitId, year, lhe));
	}

	/** The approved LHEs of these units in the period, by unit. */
	public Map<Long, ApprovedLhe> of(Collection<Long> unitIds, int year) {
		Map<Long, ApprovedLhe> approved = new HashMap<>();
		numbersOf(unitIds, year).forEach((unitId, lhe) -> approved.put(unitId, complete(unitId, year, lhe)));
		return approved;
	}

	private ApprovedLhe complete(long unitId, int year, Lhe lhe) {
		EvaluationSheet sheet = this.evaluations.sheet(unitId, year);
		ProgrammeView programme = this.workflow.programme(unitId);
		return new ApprovedLhe(lhe.number(), lhe.date(), lhe.approvedBy(), sheet,
				this.gate.check(sheet, Evaluator.TPI, programme.targetPredicate(), programme.heldPredicate()));
	}

	private Map<Long, Lhe> numbersOf(Collection<Long> unitIds, int year) {
		Map<Long, Lhe> numbers = new HashMap<>();
		if (unitIds.isEmpty()) {
			return numbers;
		}
		this.jdbc.sql("""
				select work_unit_id, lhe_number, lhe_date, approved_by from lhe_register
				where period_year = :year and work_unit_id in (:units)
				""")
			.param("year", year)
			.param("units", unitIds)
			.query((rs, row) -> Map.entry(rs.getLong("work_unit_id"),
					new Lhe(rs.getString("lhe_number"), rs.getObject("lhe_date", LocalDate.class),
							rs.getString("approved_by"))))
			.list()
			.forEach((entry) -> numbers.put(entry.getKey(), entry.getValue()));
		return numbers;
	}

	private record Lhe(String number, LocalDate date, String approvedBy) {
	}

}
