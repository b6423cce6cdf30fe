package id.zonaintegritas.workflow;

/** Why a programme's stage changed. */
public enum StageChangeCause {

	/** The TPI confirmed the unit's request. */
	REQUEST_APPROVED,

	/** A request rejected at an assessment (before evaluations moved the unit). */
	ASSESSMENT_FAILED,

	/** The TPN/KemenPAN-RB revoked the predicate. */
	PREDICATE_REVOKED,

	/** The TPI's team lead approved the LHE and the TPI's scores met the minimums. */
	LHE_APPROVED,

	/** The instansi head proposed the unit to KemenPAN-RB. */
	PROPOSED,

	/** The Minister designated the unit by decree, on the TPN's result. */
	DESIGNATED,

	/** The TPN did not recommend the unit: back to building, for a later period. */
	NOT_DESIGNATED

}
