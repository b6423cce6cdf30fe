package id.zonaintegritas.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox over SMTP (Spring Boot's {@code spring.mail.*}): each message in
 * its own transaction, its row locked with {@code FOR UPDATE SKIP LOCKED}, so that any
 * number of instances deliver each message once. A failure is retried with a growing wait
 * (1, 4, 16, 64 minutes, then every 4 hours) and, after {@value #MAX_ATTEMPTS} attempts,
 * waits for an administrator. With no SMTP server configured (development) nothing is
 * sent: the outbox page shows the messages.
 */
@Service
public class MailDelivery {

	static final int MAX_ATTEMPTS = 6;

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

	private final JdbcClient jdbc;

	private final ObjectProvider<JavaMailSender> senders;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final String from;

	MailDelivery(JdbcClient jdbc, ObjectProvider<JavaMailSender> senders, TransactionTemplate transactions, Clock clock,
			@Value("${portal.mail.from:Portal Zona Integritas <noreply@localhost>}") String from) {
		this.jdbc = jdbc;
		this.senders = senders;
		this.transactions = transactions;
		this.clock = clock;
		this.from = from;
	}

	/** Whether an SMTP server is configured, so that messages leave the portal. */
	public boolean configured() {
		return this.senders.getIfAvailable() != null;
	}

	@Scheduled(initialDelayString = "${portal.mail.delivery-interval:PT20S}",
			fixedDelayString = "${portal.mail.delivery-interval:PT20S}")
	void onSchedule() {
		deliverDue();
	}

	/**
	 * Delivers every message that is due.
	 * @return how many were sent
	 */
	public int deliverDue() {
		JavaMailSender sender = this.senders.getIfAvailable();
		if (sender == null) {
			return 0;
		}
		int sent = 0;
		while (true) {
			Boolean delivered = this.transactions.execute((status) -> deliverOne(sender));
			if (delivered == null) {
				break;
			}
			if (delivered) {
				sent++;
			}
		}
		return sent;
	}

	private Boolean deliverOne(JavaMailSender sender) {
		Instant now = this.clock.instant();
		Due due = this.jdbc.sql("""
				select id, recipient_email, subject, body, attempts from outgoing_mail
				where status = 'PENDING' and next_attempt_at <= :now
				order by next_attempt_at, id limit 1
				for update skip locked""")
			.param("now", utc(now))
			.query((rs, row) -> new Due(rs.getLong("id"), rs.getString("recipient_email"), rs.getString("subject"),
					rs.getString("body"), rs.getInt("attempts")))
			.optional()
			.orElse(null);
		if (due == null) {
			return null;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(due.email());
		message.setSubject(due.subject());
		message.setText(due.body());
		try {
			sender.send(message);
		}
		catch (MailException ex) {
			int attempts = due.attempts() + 1;
			boolean givenUp = attempts >= MAX_ATTEMPTS;
			log.warn("E-mail {} not delivered (attempt {}): {}", due.id(), attempts, ex.getMessage());
			this.jdbc.sql("""
					update outgoing_mail set attempts = :attempts, last_error = :error, next_attempt_at = :next,
					       status = :status
					where id = :id""")
				.param("attempts", attempts)
				.param("error", abbreviated(String.valueOf(ex.getMostSpecificCause().getMessage())))
				.param("next", utc(now.plus(backoff(attempts))))
				.param("status", givenUp ? "FAILED" : "PENDING")
				.param("id", due.id())
				.update();
			return false;
		}
		// The link of a secret message worked its way to the recipient: it is not kept.
		this.jdbc.sql("""
				update outgoing_mail set status = 'SENT', sent_at = :now, attempts = attempts + 1, last_error = null,
				       body = case when secret then '' else body end
				where id = :id""").param("now", utc(this.clock.instant())).param("id", due.id()).update();
		return true;
	}

	/**
	 * The wait before the next attempt after this many: 1, 4, 16, 64 minutes, then 4
	 * hours.
	 */
	static Duration backoff(int attempts) {
		long minutes = (long) Math.pow(4, Math.max(0, attempts - 1));
		return Duration.ofMinutes(Math.min(minutes, 240));
	}

	private static String abbreviated(String error) {
		return (error.length() > 2000) ? error.substring(0, 1999) + "…" : error;
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private record Due(long id, String email, String subject, String body, int attempts) {
	}

}
