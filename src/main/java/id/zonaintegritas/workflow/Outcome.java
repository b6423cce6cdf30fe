package id.zonaintegritas.workflow;

/** A reviewer's decision on a stage request. */
public enum Outcome {

	/** The programme moves to the requested stage. */
	APPROVED,

	/** Back to the unit to revise and resubmit; a reason is required. */
	RETURNED,

	/**
	 * Refused; a reason is required. At an assessment stage the unit goes back to
	 * building.
	 */
	REJECTED

}
