package id.zonaintegritas.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Outside demo mode no account exists at first and no default password exists at all: the
 * first administrator comes from {@code PORTAL_ADMIN_USERNAME},
 * {@code PORTAL_ADMIN_EMAIL} and {@code PORTAL_ADMIN_PASSWORD} on the first start.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final AccountService accounts;

	private final String username;

	private final String email;

	private final String password;

	FirstAdministrator(AccountService accounts, @Value("${portal.admin.username:}") String username,
			@Value("${portal.admin.email:}") String email, @Value("${portal.admin.password:}") String password) {
		this.accounts = accounts;
		this.username = username;
		this.email = email;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.username.isBlank() || this.password.isBlank()) {
			if (!this.accounts.list().stream().anyMatch((account) -> account.hasRole(Role.ADMIN))) {
				log.warn("No administrator exists. Set PORTAL_ADMIN_USERNAME, PORTAL_ADMIN_EMAIL and "
						+ "PORTAL_ADMIN_PASSWORD and restart to create the first one.");
			}
			return;
		}
		String contact = this.email.isBlank() ? this.username + "@localhost.localdomain" : this.email;
		if (this.accounts.createFirstAdministrator(this.username, contact, this.password)) {
			log.info("First administrator '{}' created from the environment.", this.username);
		}
	}

}
