package id.zonaintegritas.proposal;

/** What came of a proposed unit in its period. */
public enum TpnResult {

	/** The Minister designated it, by decree. */
	DESIGNATED,

	/** Not designated: back to building, proposable in a later period. */
	NOT_DESIGNATED

}
