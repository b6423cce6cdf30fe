package id.zonaintegritas.proposal;

/** The TPN's administrative selection of a proposed unit. */
public enum Selection {

	/** Passes: the TPN evaluates it. */
	LOLOS,

	/** Passes, with notes the unit must heed. */
	LOLOS_CATATAN,

	/** Does not pass: not evaluated, not designated in this period. */
	TIDAK_LOLOS;

	public boolean passes() {
		return this != TIDAK_LOLOS;
	}

}
