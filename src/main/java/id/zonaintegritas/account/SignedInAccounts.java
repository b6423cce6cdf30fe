package id.zonaintegritas.account;

import java.sql.Array;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A signed-in session follows its account as it is now, not as it was at login: on every
 * request the account is read again (one query by primary key). A disabled or deleted
 * account, or one whose password was changed or reset since the session logged in, ends
 * the session; changed roles, name or "must change password" are taken over at once. As
 * the account is read from PostgreSQL, this holds on every instance (ADR 0008). The read
 * is one statement, run without a transaction of its own: one round trip on every
 * request.
 */
@Service
public class SignedInAccounts {

	private final JdbcClient jdbc;

	SignedInAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The session's user as the account is now; empty when the session must end.
	 * @param sessionUser the user the session holds
	 * @return the same instance when nothing changed, a refreshed user when roles, name
	 * or the password duty changed, or empty
	 */
	public Optional<PortalUser> current(PortalUser sessionUser) {
		return this.jdbc.sql("""
				select a.enabled, a.must_change_password, a.password_changed_at, a.display_name,
				       array(select r.role from account_role r where r.account_id = a.id order by r.role) as roles
				from account a where a.id = :id
				""").param("id", sessionUser.accountId()).query((rs, row) -> {
			Array roles = rs.getArray("roles");
			Set<Role> current = Arrays.stream((Object[]) roles.getArray())
				.map((role) -> Role.valueOf((String) role))
				.collect(Collectors.toUnmodifiableSet());
			return new AccountNow(rs.getBoolean("enabled"), rs.getBoolean("must_change_password"),
					rs.getObject("password_changed_at", OffsetDateTime.class), rs.getString("display_name"), current);
		}).optional().flatMap((now) -> now.applyTo(sessionUser));
	}

	private record AccountNow(boolean enabled, boolean mustChangePassword, OffsetDateTime passwordChangedAt,
			String displayName, Set<Role> roles) {

		Optional<PortalUser> applyTo(PortalUser user) {
			if (!this.enabled || !this.passwordChangedAt.toInstant().equals(user.passwordChangedAt())) {
				return Optional.empty();
			}
			if (this.roles.equals(user.roles()) && this.displayName.equals(user.displayName())
					&& this.mustChangePassword == user.mustChangePassword()) {
				return Optional.of(user);
			}
			return Optional.of(new PortalUser(user.accountId(), user.getUsername(), this.displayName, null, this.roles,
					true, this.mustChangePassword, user.passwordChangedAt()));
		}

	}

}
