package id.zonaintegritas.shared;

/**
 * Confirms, from the accounts as they are now, that the acting account is an enabled
 * administrator. Implemented by the account module; declared here so that every module's
 * admin commands can ask it without depending on accounts.
 */
public interface AdministratorCheck {

	/**
	 * Refuses with a {@link ForbiddenException} unless the actor is the portal itself or
	 * an enabled account that holds the administrator role now.
	 * @param actor who acts
	 */
	void requireAdministrator(Actor actor);

}
