package id.zonaintegritas.proposal;

import java.time.LocalDate;

import id.zonaintegritas.evaluation.GateResult;
import id.zonaintegritas.institution.WorkUnitSummary;
import id.zonaintegritas.shared.Predicate;
import id.zonaintegritas.workflow.Stage;

/**
 * A unit of the instansi as its head sees it in a period: where it stands, its LHE, the
 * gate, and whether it may be proposed now.
 *
 * @param unit the unit
 * @param stage where its programme stands
 * @param targetPredicate the predicate its cycle aims at
 * @param lheNumber its approved LHE of the period, or {@code null}
 * @param lheDate the LHE's date, or {@code null}
 * @param gate the gate on the TPI's scores, or {@code null} without an approved LHE
 * @param proposed the unit's proposal in the period, or {@code null}
 */
public record UnitStanding(WorkUnitSummary unit, Stage stage, Predicate targetPredicate, String lheNumber,
		LocalDate lheDate, GateResult gate, ProposedUnit proposed) {

	/**
	 * Exactly what the gate says: at pengusulan, with an approved LHE whose scores meet
	 * every minimum in force, and not proposed yet in the period.
	 */
	public boolean eligible() {
		return this.gate != null && this.gate.met() && this.proposed == null && this.stage == Stage.PENGUSULAN;
	}

}
