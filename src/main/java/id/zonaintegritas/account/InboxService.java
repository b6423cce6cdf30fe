package id.zonaintegritas.account;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Up to when each user has seen their notifications. The notifications themselves are the
 * records (decisions, waiting requests); nothing is copied, so nothing can go out of
 * step. Reads go through the {@code staff_scope} and {@code reviewer_scope} views.
 */
@Service
public class InboxService {

	private final JdbcClient jdbc;

	private final Clock clock;

	InboxService(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Marks what the user was shown as seen: everything up to {@code until} (never in the
	 * future, never earlier than what was already marked), so that a notification that
	 * came after the page was shown stays new.
	 */
	@Transactional
	public void markSeen(String username, Inbox inbox, Instant until) {
		Instant now = this.clock.instant();
		Instant seen = (until == null || until.isAfter(now)) ? now : until;
		this.jdbc
			.sql("update account set %1$s = greatest(%1$s, :seen) where username = :username".formatted(inbox.column()))
			.param("seen", OffsetDateTime.ofInstant(seen, ZoneOffset.UTC))
			.param("username", username)
			.update();
	}

}
