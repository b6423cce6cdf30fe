package id.zonaintegritas.proposal;

import id.zonaintegritas.shared.Predicate;

/**
 * Published in the transaction of a TPN decision on a unit: its administrative selection,
 * its designation, that it is not designated, or a revocation. The unit's staff and its
 * instansi's head are told.
 *
 * @param workUnitId the unit
 * @param kind what the TPN decided
 * @param predicate the predicate concerned
 * @param detail the decree's number, the selection with its notes, or the reason
 */
public record TpnDecided(long workUnitId, Kind kind, Predicate predicate, String detail) {

	/** What the TPN decided. */
	public enum Kind {

		SELECTED, NOT_SELECTED, DESIGNATED, NOT_DESIGNATED, REVOKED

	}

}
