package id.zonaintegritas.workflow.web;

import java.util.List;

import id.zonaintegritas.institution.WorkUnitSummary;
import id.zonaintegritas.pact.PactCoverage;
import id.zonaintegritas.workflow.ProgrammeView;
import id.zonaintegritas.workflow.WorkflowRuleException;

/**
 * One unit on the staff dashboard.
 *
 * @param unit the unit
 * @param programme where its programme stands
 * @param coverage its pact coverage
 * @param obstacles what still keeps it from asking for the next stage
 */
record UnitDashboard(WorkUnitSummary unit, ProgrammeView programme, PactCoverage coverage,
		List<WorkflowRuleException.Reason> obstacles) {
}
