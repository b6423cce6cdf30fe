package id.zonaintegritas.shared;

/**
 * Confirms, from the accounts as they are now, that the acting account is an enabled
 * administrator, national or of an institution. Implemented by the account module;
 * declared here so that every module's admin commands can ask it without depending on
 * accounts.
 */
public interface AdministratorCheck {

	/**
	 * Refuses with a {@link ForbiddenException} unless the actor is the portal itself or
	 * an enabled account that holds the administrator role now.
	 * @param actor who acts
	 */
	void requireAdministrator(Actor actor);

	/**
	 * What the actor administers, from the accounts as they are now: everything for the
	 * portal itself and an enabled national administrator, the institutions in its scope
	 * for an enabled institution administrator.
	 * @param actor who acts
	 * @return what it administers
	 * @throws ForbiddenException for anyone else
	 */
	Administration administrationOf(Actor actor);

	/**
	 * Refuses with a {@link ForbiddenException} unless the actor administers the
	 * institution.
	 * @param actor who acts
	 * @param institutionId the institution
	 */
	default void requireAdministratorOf(Actor actor, long institutionId) {
		administrationOf(actor).require(institutionId);
	}

}
