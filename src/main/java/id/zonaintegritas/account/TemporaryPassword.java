package id.zonaintegritas.account;

import java.security.SecureRandom;

/**
 * A one-time password an administrator hands over; the user must replace it at the next
 * login.
 *
 * @param account the account it was set on
 * @param password the password, shown once and never stored in clear
 */
public record TemporaryPassword(AccountView account, String password) {

	// No 0/O, 1/l/I: the password is read aloud or copied by hand.
	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	static String generate() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			if (i > 0 && i % 4 == 0) {
				password.append('-');
			}
			password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
