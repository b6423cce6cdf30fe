package id.zonaintegritas.account;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per typed username, existing or not, and locks the username after
 * too many. Unknown usernames are treated exactly like known ones, so that nothing
 * reveals which accounts exist. Failures are also counted per client address, apart from
 * the usernames' counts (which a lock or a success clears), to throttle one visitor who
 * tries many usernames.
 */
@Component
class LoginAttempts {

	private final JdbcClient jdbc;

	private final LockoutProperties properties;

	private final Clock clock;

	LoginAttempts(JdbcClient jdbc, LockoutProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	boolean isLocked(String username) {
		return this.jdbc.sql("select count(*) from login_lock where username = :username and locked_until > :now")
			.param("username", key(username))
			.param("now", now())
			.query(Long.class)
			.single() > 0;
	}

	@Transactional(readOnly = true)
	boolean isThrottled(String clientAddress) {
		return this.jdbc
			.sql("select count(*) from login_failure_address where client_address = :address and failed_at > :since")
			.param("address", addressKey(clientAddress))
			.param("since", now().minus(this.properties.window()))
			.query(Long.class)
			.single() >= this.properties.maxFailuresPerAddress();
	}

	@Transactional
	void recordFailure(String username, String clientAddress) {
		String key = key(username);
		OffsetDateTime now = now();
		this.jdbc.sql("insert into login_failure (username, failed_at) values (:username, :now)")
			.param("username", key)
			.param("now", now)
			.update();
		this.jdbc.sql("delete from login_failure_address where failed_at < :before")
			.param("before", now.minus(this.properties.window()))
			.update();
		this.jdbc.sql("insert into login_failure_address (client_address, failed_at) values (:address, :now)")
			.param("address", addressKey(clientAddress))
			.param("now", now)
			.update();
		long recent = this.jdbc
			.sql("select count(*) from login_failure where username = :username and failed_at > :since")
			.param("username", key)
			.param("since", now.minus(this.properties.window()))
			.query(Long.class)
			.single();
		if (recent >= this.properties.maxFailures()) {
			this.jdbc.sql("""
					insert into login_lock (username, locked_until) values (:username, :until)
					on conflict (username) do update set locked_until = excluded.locked_until
					""").param("username", key).param("until", now.plus(this.properties.duration())).update();
			this.jdbc.sql("delete from login_failure where username = :username").param("username", key).update();
		}
	}

	@Transactional
	void clear(String username) {
		String key = key(username);
		this.jdbc.sql("delete from login_failure where username = :username").param("username", key).update();
		this.jdbc.sql("delete from login_lock where username = :username").param("username", key).update();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(Instant.now(this.clock), ZoneOffset.UTC);
	}

	private static String addressKey(String clientAddress) {
		return (clientAddress.length() > 45) ? clientAddress.substring(0, 45) : clientAddress;
	}

	private static String key(String username) {
		String normalised = PortalUserDetailsService.normalise(username);
		return (normalised.length() > 200) ? normalised.substring(0, 200) : normalised;
	}

}
