package id.zonaintegritas.workflow;

/**
 * Published in the transaction in which a unit asks for its next stage, or sends a
 * returned request again: the reviewers of its instansi have work.
 *
 * @param workUnitId the unit
 * @param requestId the request
 * @param toStage the stage asked for
 * @param requestedBy who asked
 * @param resubmitted whether it is a returned request sent again
 */
public record StageRequestSubmitted(long workUnitId, long requestId, Stage toStage, String requestedBy,
		boolean resubmitted) {
}
