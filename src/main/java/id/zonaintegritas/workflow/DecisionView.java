package id.zonaintegritas.workflow;

import java.time.Instant;

import id.zonaintegritas.shared.ColumnLimit;

/**
 * A reviewer's decision.
 *
 * @param outcome approved, returned or rejected
 * @param reviewer who decided
 * @param reason why (required unless approved)
 * @param decidedAt when
 */
public record DecisionView(Outcome outcome, String reviewer, String reason, Instant decidedAt) {

	@ColumnLimit(table = "stage_request_decision", column = "reason")
	public static final int REASON_LENGTH = 4000;

}
