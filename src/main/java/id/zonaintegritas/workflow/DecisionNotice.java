package id.zonaintegritas.workflow;

import java.time.Instant;

/**
 * A reviewer's decision on one of a unit's requests, as a notification for its staff.
 *
 * @param unitId the unit
 * @param unitName its name
 * @param requestId the request
 * @param fromStage the stage it left or asked to leave
 * @param toStage the stage it asked for
 * @param outcome approved, returned or rejected
 * @param reviewer who decided
 * @param reason why
 * @param decidedAt when
 */
public record DecisionNotice(long unitId, String unitName, long requestId, Stage fromStage, Stage toStage,
		Outcome outcome, String reviewer, String reason, Instant decidedAt) {
}
