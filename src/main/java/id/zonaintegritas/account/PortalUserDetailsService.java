package id.zonaintegritas.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for Spring Security's login. */
@Service
class PortalUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	PortalUserDetailsService(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		Account account = this.accounts.findByUsername(normalise(username))
			.orElseThrow(() -> new UsernameNotFoundException("no such account"));
		return new PortalUser(account.getId(), account.getUsername(), account.getDisplayName(),
				account.getPasswordHash(), account.getRoles(), account.isEnabled(), account.isMustChangePassword(),
				account.getPasswordChangedAt());
	}

	static String normalise(String username) {
		return (username == null) ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
	}

}
