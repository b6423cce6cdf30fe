package id.zonaintegritas.evaluation;

import id.zonaintegritas.assessment.EvaluationSheet;
import id.zonaintegritas.assessment.Evaluator;
import id.zonaintegritas.period.ProgrammePeriod;
import id.zonaintegritas.workflow.ProgrammeView;

/**
 * What the TPI's evaluation pages show: the unit's LKE and the TPI's answers side by
 * side, the team, the gate on the TPI's scores, and what the reader may do.
 *
 * @param sheet the self-assessment and its evaluations
 * @param team the unit's TPI team in the period
 * @param readerRole the reader's role on the team, or {@code null}
 * @param programme where the unit's programme stands
 * @param gate the gate on the TPI's scores for the predicate the unit aims at
 * @param period the period, or {@code null} if not defined
 * @param windowOpen whether the period's TPI evaluation window is open today
 */
public record TpiDesk(EvaluationSheet sheet, TpiTeam team, TpiRole readerRole, ProgrammeView programme, GateResult gate,
		ProgrammePeriod period, boolean windowOpen) {

	public boolean evaluator() {
		return this.readerRole == TpiRole.EVALUATOR && !approved() && this.windowOpen;
	}

	public boolean lead() {
		return this.readerRole == TpiRole.LEAD && !approved() && this.windowOpen;
	}

	public boolean approved() {
		return this.sheet.tpi().approved();
	}

	/** Whether the lead may approve now: every question answered, none returned. */
	public boolean readyToApprove() {
		return this.sheet.complete(Evaluator.TPI) && this.sheet.openReturns().isEmpty()
				&& !this.sheet.assessment().returned();
	}

}
