package id.zonaintegritas.account;

import java.util.Set;

/**
 * What an administrator may change on an account.
 *
 * @param displayName the name shown in the portal
 * @param email the contact address
 * @param enabled whether it may log in
 * @param roles what it may do
 * @param workUnitIds for staff: the units they work for
 * @param institutionIds for reviewers: the institutions they review
 */
public record AccountChanges(String displayName, String email, boolean enabled, Set<Role> roles, Set<Long> workUnitIds,
		Set<Long> institutionIds) {
}
