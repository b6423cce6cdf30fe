package id.zonaintegritas.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Password login with a lockout. A client address with too many recent failures is turned
 * away before anything is counted; a locked username is refused before its password is
 * checked; each bad password counts once towards the lock; a good one clears the count.
 * The password is checked before the account's status, so that a disabled account costs
 * the same password hash as any other and answers in the same time as a wrong password.
 */
@Component
class LockoutAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final LoginAttempts attempts;

	LockoutAuthenticationProvider(PortalUserDetailsService users, PasswordEncoder encoder, LoginAttempts attempts) {
		this.passwords = new DaoAuthenticationProvider(users);
		this.passwords.setPasswordEncoder(encoder);
		this.passwords.setPreAuthenticationChecks((user) -> {
		});
		this.passwords.setPostAuthenticationChecks((user) -> {
			if (!user.isEnabled()) {
				throw new DisabledException("disabled");
			}
		});
		this.attempts = attempts;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName();
		String address = clientAddress(authentication);
		if (this.attempts.isThrottled(address)) {
			throw new LoginThrottledException();
		}
		if (this.attempts.isLocked(username)) {
			throw new LockedException("locked");
		}
		try {
			Authentication authenticated = this.passwords.authenticate(authentication);
			this.attempts.clear(username);
			return authenticated;
		}
		catch (BadCredentialsException ex) {
			this.attempts.recordFailure(username, address);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static String clientAddress(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) ? details.getRemoteAddress() : "unknown";
	}

}
