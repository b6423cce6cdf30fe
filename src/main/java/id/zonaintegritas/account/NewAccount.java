package id.zonaintegritas.account;

import java.util.Set;

/**
 * What an administrator gives to create an account.
 *
 * @param username the login name (lower case letters, digits, dot, dash, underscore)
 * @param displayName the name shown in the portal
 * @param email the contact address
 * @param roles what it may do
 * @param workUnitIds for staff: the units they work for
 * @param institutionIds for reviewers: the institutions they review
 */
public record NewAccount(String username, String displayName, String email, Set<Role> roles, Set<Long> workUnitIds,
		Set<Long> institutionIds) {
}
