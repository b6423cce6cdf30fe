package id.zonaintegritas.proposal;

import id.zonaintegritas.assessment.EvaluationSheet;
import id.zonaintegritas.evaluation.GateResult;
import id.zonaintegritas.period.ProgrammePeriod;
import id.zonaintegritas.workflow.ProgrammeView;

/**
 * What the TPN's pages show for a proposed unit: its proposal and where it stands, the
 * unit's, the TPI's and the TPN's scores side by side, the gate on the TPI's scores (as
 * proposed) and on the TPN's, and the period's windows.
 *
 * @param proposal the proposal the unit is in
 * @param proposed the unit in it
 * @param sheet the self-assessment and its evaluations
 * @param tpiGate the gate on the TPI's scores
 * @param tpnGate the gate on the TPN's scores
 * @param programme where the unit's programme stands
 * @param period the period
 * @param evaluationOpen whether the TPN's window is open today
 */
public record TpnDesk(Proposal proposal, ProposedUnit proposed, EvaluationSheet sheet, GateResult tpiGate,
		GateResult tpnGate, ProgrammeView programme, ProgrammePeriod period, boolean evaluationOpen) {

	/** Whether the TPN may still select it. */
	public boolean selectable() {
		return this.evaluationOpen && this.proposed.selection() == null;
	}

	/** Whether the TPN evaluates it now: passed, no result yet, inside the window. */
	public boolean evaluating() {
		return this.evaluationOpen && this.proposed.underEvaluation();
	}

	/** Whether a result may be recorded: selected, no objection waiting, none yet. */
	public boolean decidable() {
		return this.proposed.selection() != null && this.proposed.result() == null && !this.proposed.objectionPending();
	}

}
