package id.zonaintegritas.account;

import org.springframework.security.core.AuthenticationException;

/**
 * Too many failed logins came from this client address: it may not try again for a while,
 * whatever username it types. Usernames are not counted against meanwhile, so that one
 * visitor cannot lock out every account.
 */
public class LoginThrottledException extends AuthenticationException {

	LoginThrottledException() {
		super("too many failed logins from this address");
	}

}
