package id.zonaintegritas.evaluation;

import java.time.LocalDate;

import id.zonaintegritas.assessment.EvaluationSheet;

/**
 * A unit's LHE of a period, as its TPI lead approved it, and the gate on its scores now.
 *
 * @param number the LHE's number
 * @param date its date
 * @param approvedBy the lead who approved it
 * @param sheet the self-assessment and its evaluations
 * @param gate the gate on the TPI's scores, with the minimums in force today
 */
public record ApprovedLhe(String number, LocalDate date, String approvedBy, EvaluationSheet sheet, GateResult gate) {
}
