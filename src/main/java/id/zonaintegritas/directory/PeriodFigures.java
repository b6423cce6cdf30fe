package id.zonaintegritas.directory;

/**
 * One period's proposals to KemenPAN-RB and what became of them.
 *
 * @param year the period's year
 * @param proposedWbk units proposed for WBK
 * @param proposedWbbm units proposed for WBBM
 * @param awaitingSelection proposed units the TPN has not selected or turned down yet
 * @param selected units that passed the TPN's administrative selection (with or without
 * notes)
 * @param notSelected units that did not pass it
 * @param designated units the Minister designated
 * @param notDesignated units evaluated and not designated
 */
public record PeriodFigures(int year, long proposedWbk, long proposedWbbm, long awaitingSelection, long selected,
		long notSelected, long designated, long notDesignated) {

	/** Every unit proposed in the period. */
	public long proposed() {
		return this.proposedWbk + this.proposedWbbm;
	}

}
