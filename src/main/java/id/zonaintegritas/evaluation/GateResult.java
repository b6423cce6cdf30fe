package id.zonaintegritas.evaluation;

import java.util.List;

import id.zonaintegritas.assessment.Scorecard;
import id.zonaintegritas.shared.Predicate;

/**
 * The eligibility gate for a predicate on an evaluator's scores: each minimum in force in
 * the period, met or not, with the numbers; for WBBM, whether WBK is held.
 *
 * @param predicate the predicate the unit aims at
 * @param checks each minimum, met or not
 * @param wbkHeldRequired whether WBK must be held (WBBM)
 * @param wbkHeld whether it is
 */
public record GateResult(Predicate predicate, List<Scorecard.MinimumCheck> checks, boolean wbkHeldRequired,
		boolean wbkHeld) {

	public GateResult {
		checks = List.copyOf(checks);
	}

	/** Whether every criterion is met: the unit may be proposed. */
	public boolean met() {
		return checks.stream().allMatch(Scorecard.MinimumCheck::met) && (!this.wbkHeldRequired || this.wbkHeld);
	}

	/** How many criteria are not met. */
	public long unmet() {
		return this.checks.stream().filter((check) -> !check.met()).count()
				+ ((this.wbkHeldRequired && !this.wbkHeld) ? 1 : 0);
	}

}
