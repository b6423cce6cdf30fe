package id.zonaintegritas.workflow;

import java.util.List;

import id.zonaintegritas.institution.WorkUnitSummary;
import id.zonaintegritas.pact.PactCoverage;

/**
 * One unit on the staff dashboard.
 *
 * @param unit the unit
 * @param programme where its programme stands
 * @param coverage the pact coverage of its newest declaration
 * @param obstacles what still keeps it from asking for the next stage
 * @param tasks its task list: each step of where it stands, done or what is missing
 */
public record UnitDashboard(WorkUnitSummary unit, ProgrammeView programme, PactCoverage coverage,
		List<WorkflowRuleException.Reason> obstacles, List<UnitTask> tasks) {

	/** The next stage, when the staff ask for it by a request (pencanangan only). */
	public Stage requestableStage() {
		return this.programme.stage().isMovedByEvaluation() ? null : this.programme.stage().next().orElse(null);
	}

}
