package id.zonaintegritas.account;

import java.io.Serial;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in user, kept in the session (and so serialisable): who it is, its roles,
 * and whether it must choose a new password before doing anything else.
 */
public final class PortalUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long accountId;

	private final String username;

	private final String displayName;

	private final Set<Role> roles;

	private final boolean enabled;

	private final boolean mustChangePassword;

	private final Instant passwordChangedAt;

	private String passwordHash;

	PortalUser(long accountId, String username, String displayName, String passwordHash, Set<Role> roles,
			boolean enabled, boolean mustChangePassword, Instant passwordChangedAt) {
		this.accountId = accountId;
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.roles = Set.copyOf(roles);
		this.enabled = enabled;
		this.mustChangePassword = mustChangePassword;
		this.passwordChangedAt = passwordChangedAt;
	}

	public long accountId() {
		return this.accountId;
	}

	public String displayName() {
		return this.displayName;
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

	public boolean mustChangePassword() {
		return this.mustChangePassword;
	}

	/**
	 * When the password this session logged in with was set: a session whose password has
	 * been changed or reset since then has ended.
	 */
	Instant passwordChangedAt() {
		return this.passwordChangedAt;
	}

	Set<Role> roles() {
		return this.roles;
	}

	/** The same user after choosing a new password at this moment. */
	public PortalUser withPasswordChanged(Instant changedAt) {
		return new PortalUser(this.accountId, this.username, this.displayName, null, this.roles, this.enabled, false,
				changedAt);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.roles.stream().map((role) -> new SimpleGrantedAuthority(role.authority())).toList();
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PortalUser user && user.username.equals(this.username);
	}

	@Override
	public int hashCode() {
		return this.username.hashCode();
	}

	@Override
	public String toString() {
		return "PortalUser[" + this.username + ", " + this.roles + "]";
	}

}
