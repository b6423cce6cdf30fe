package id.zonaintegritas.workflow;

/**
 * A request as a reviewer sees it, with the programme it belongs to.
 *
 * @param workUnitId the unit
 * @param request the request
 * @param programme the unit's programme, its history and earlier decisions
 */
public record RequestUnderReview(long workUnitId, StageRequestView request, ProgrammeView programme) {
}
