package id.zonaintegritas.workflow;

import id.zonaintegritas.institution.WorkUnitSummary;

/**
 * A unit's programme as its reviewer sees it, where designations and revocations are
 * recorded.
 *
 * @param unit the unit
 * @param programme where its programme stands, its designations included
 */
public record ReviewUnitView(WorkUnitSummary unit, ProgrammeView programme) {
}
