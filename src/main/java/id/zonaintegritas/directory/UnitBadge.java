package id.zonaintegritas.directory;

/**
 * What a unit's badge says: its current standing in the programme, as the portal's data
 * has it now.
 *
 * @param slug the unit's public address
 * @param name the unit's name
 * @param status where it stands
 * @param predicate the predicate held, or the one revoked last
 * @param year the year of that predicate's decree, or of its revocation
 */
public record UnitBadge(String slug, String name, Status status, String predicate, Integer year) {

	/** Where a unit stands, for its badge. */
	public enum Status {

		/** No public declaration yet. */
		NOT_DECLARED,

		/** Declared, building its integrity zone, no predicate held. */
		BUILDING,

		/** Holds a predicate by a decree that stands. */
		DESIGNATED,

		/** Its last predicate was revoked and it holds none. */
		REVOKED

	}

}
