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
 * reveals which accounts exist.
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

	@Transactional
	void recordFailure(String username) {
		String key = key(username);
		OffsetDateTime now = now();
		this.jdbc.sql("insert into login_failure (username, failed_at) values (:username, :now)")
			.param("username", key)
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

	private static String key(String username) {
		String normalised = PortalUserDetailsService.normalise(username);
		return (normalised.length() > 200) ? normalised.substring(0, 200) : normalised;
	}

}
