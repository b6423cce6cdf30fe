package id.zonaintegritas.shared;

import java.util.Set;

/**
 * What an administrator administers: everything (the national administrator), or the
 * units, accounts and TPI teams of the institutions in its scope (an institution
 * administrator).
 *
 * @param national whether it administers every institution
 * @param institutionIds the institutions it administers, when it is not national
 */
public record Administration(boolean national, Set<Long> institutionIds) {

	public static Administration nationwide() {
		return new Administration(true, Set.of());
	}

	/** Whether it administers the institution. */
	public boolean covers(long institutionId) {
		return this.national || this.institutionIds.contains(institutionId);
	}

	/**
	 * Refuses with a {@link ForbiddenException} unless it administers the institution.
	 */
	public void require(long institutionId) {
		if (!covers(institutionId)) {
			throw new ForbiddenException("error.forbidden.notYourInstitution");
		}
	}

}
