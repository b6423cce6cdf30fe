package id.zonaintegritas.pact;

/**
 * How much of a unit's staff has signed the integrity pact.
 *
 * @param staffWhoSigned distinct leaders and staff who signed the unit's current
 * declaration
 * @param staffCount the unit's staff
 */
public record PactCoverage(long staffWhoSigned, int staffCount) {

	/** The share of staff who signed, in whole percent, at most 100. */
	public int percent() {
		if (this.staffCount <= 0) {
			return 0;
		}
		return (int) Math.min(100, this.staffWhoSigned * 100 / this.staffCount);
	}

}
