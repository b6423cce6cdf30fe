package id.zonaintegritas.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed logins, within which window, lock a username for how long; and how many
 * failures from one client address make it wait out the window, whatever username it
 * types.
 *
 * @param maxFailures failures that lock the username
 * @param window the period in which failures are counted
 * @param duration how long the lock lasts
 * @param maxFailuresPerAddress failures from one client address (behind a proxy, set
 * {@code server.forward-headers-strategy} so that this is the visitor's) that turn it
 * away until its failures fall out of the window
 */
@ConfigurationProperties("portal.security.lockout")
record LockoutProperties(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration window,
		@DefaultValue("15m") Duration duration, @DefaultValue("20") int maxFailuresPerAddress) {
}
