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
 * step.
 */
@Service
public class InboxService {

	private final JdbcClient jdbc;

	private final Clock clock;

	InboxService(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Instant seenUntil(String username, Inbox inbox) {
		return this.jdbc.sql("select " + inbox.column() + " from account where username = :username")
			.param("username", username)
			.query(OffsetDateTime.class)
			.optional()
			.map(OffsetDateTime::toInstant)
			.orElse(Instant.EPOCH);
	}

	@Transactional
	public void markSeen(String username, Inbox inbox) {
		this.jdbc.sql("update account set " + inbox.column() + " = :now where username = :username")
			.param("now", OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.param("username", username)
			.update();
	}

}
