package id.zonaintegritas.workflow;

import java.util.List;

import id.zonaintegritas.document.DocumentView;
import id.zonaintegritas.institution.WorkUnitSummary;

/**
 * Everything a unit's stage request page shows.
 *
 * @param unit the unit
 * @param programme where its programme stands, with its open request if there is one
 * @param obstacles what still keeps it from asking for the next stage
 * @param documents the unit's documents, to choose evidence from
 */
public record StageRequestPageView(WorkUnitSummary unit, ProgrammeView programme,
		List<WorkflowRuleException.Reason> obstacles, List<DocumentView> documents) {
}
