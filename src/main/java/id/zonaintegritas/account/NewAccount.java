package id.zonaintegritas.account;

import java.util.Set;

import id.zonaintegritas.shared.ColumnLimit;

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

	@ColumnLimit(table = "account", column = "username")
	public static final int USERNAME_LENGTH = 60;

	@ColumnLimit(table = "account", column = "display_name")
	public static final int DISPLAY_NAME_LENGTH = 150;

	@ColumnLimit(table = "account", column = "email")
	public static final int EMAIL_LENGTH = 254;

}
