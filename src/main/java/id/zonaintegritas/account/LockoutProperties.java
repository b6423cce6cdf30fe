package id.zonaintegritas.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed logins, within which window, lock a username for how long.
 *
 * @param maxFailures failures that lock the username
 * @param window the period in which they are counted
 * @param duration how long the lock lasts
 */
@ConfigurationProperties("portal.security.lockout")
record LockoutProperties(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration window,
		@DefaultValue("15m") Duration duration) {
}
