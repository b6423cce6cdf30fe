package id.zonaintegritas.account;

import java.util.Set;

/**
 * An account as pages see it; never its password hash.
 *
 * @param id the account's id
 * @param username the login name
 * @param displayName the name shown in the portal
 * @param email the contact address
 * @param enabled whether it may log in
 * @param mustChangePassword whether the next login must choose a new password
 * @param roles what it may do
 * @param workUnitIds the units a staff member works for
 * @param institutionIds the institutions a reviewer reviews
 * @param version the version, for optimistic locking of the admin form
 */
public record AccountView(long id, String username, String displayName, String email, boolean enabled,
		boolean mustChangePassword, Set<Role> roles, Set<Long> workUnitIds, Set<Long> institutionIds, long version) {

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

}
