package id.zonaintegritas.workflow;

import java.time.Instant;

/**
 * Published after a reviewer's decision is committed: the hook for notifying beyond the
 * portal (email, in a later step) without touching the workflow. In the portal itself,
 * staff see decisions from the records ({@link DecisionNotices}).
 *
 * @param workUnitId the unit
 * @param requestId the request
 * @param outcome approved, returned or rejected
 * @param reviewer who decided
 * @param reason why
 * @param decidedAt when
 */
public record StageRequestDecided(long workUnitId, long requestId, Outcome outcome, String reviewer, String reason,
		Instant decidedAt) {
}
