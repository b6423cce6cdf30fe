package id.zonaintegritas.workflow;

import java.time.Instant;

/**
 * Published in the transaction of a reviewer's decision: the hook for notifying beyond
 * the portal (the mail module writes its e-mails in the same transaction, so a decision
 * that rolls back sends nothing). In the portal itself, staff see decisions from the
 * records ({@link DecisionNotices}).
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
