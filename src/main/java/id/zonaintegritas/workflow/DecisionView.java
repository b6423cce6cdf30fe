package id.zonaintegritas.workflow;

import java.time.Instant;

/**
 * A reviewer's decision.
 *
 * @param outcome approved, returned or rejected
 * @param reviewer who decided
 * @param reason why (required unless approved)
 * @param decidedAt when
 */
public record DecisionView(Outcome outcome, String reviewer, String reason, Instant decidedAt) {
}
