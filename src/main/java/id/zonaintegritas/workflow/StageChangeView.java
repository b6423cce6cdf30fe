package id.zonaintegritas.workflow;

import java.time.Instant;

/**
 * A change of stage in a programme's history.
 *
 * @param fromStage the stage left
 * @param toStage the stage entered
 * @param cause an approved request, a failed assessment, or a revoked predicate
 * @param requestId the request behind it, if any
 * @param reason the reason given, for a failure or a revocation
 * @param changedBy who caused it
 * @param changedAt when
 */
public record StageChangeView(Stage fromStage, Stage toStage, StageChangeCause cause, Long requestId, String reason,
		String changedBy, Instant changedAt) {
}
