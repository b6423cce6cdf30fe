package id.zonaintegritas.evaluation;

import java.util.List;

/**
 * Published in the transaction in which the TPI returns questions of a unit's LKE or
 * approves its LHE: the unit's staff have work, or a result to read.
 *
 * @param workUnitId the unit
 * @param year the period
 * @param kind what the TPI did
 * @param returnedCodes the questions returned, or none
 * @param lheNumber the LHE approved, or {@code null}
 * @param gateMet whether the approved LHE meets the minimums
 */
public record TpiResultSent(long workUnitId, int year, Kind kind, List<String> returnedCodes, String lheNumber,
		boolean gateMet) {

	public TpiResultSent {
		returnedCodes = List.copyOf(returnedCodes);
	}

	/** Questions returned, or the LHE approved. */
	public enum Kind {

		QUESTIONS_RETURNED, LHE_APPROVED

	}

}
