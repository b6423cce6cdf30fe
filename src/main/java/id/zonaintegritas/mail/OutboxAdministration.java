package id.zonaintegritas.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import id.zonaintegritas.audit.AuditRecord;
import id.zonaintegritas.audit.AuditTrail;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.AdministratorCheck;
import id.zonaintegritas.shared.BadRequestException;
import id.zonaintegritas.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do with the outbox: see every message with its status and why a
 * delivery failed, and send a failed or waiting message again now. Without an SMTP server
 * (development) the page is the mailbox: it shows every message whole.
 */
@Service
public class OutboxAdministration {

	private static final Set<String> STATUSES = Set.of("PENDING", "SENT", "FAILED");

	private static final int SHOWN = 200;

	private final JdbcClient jdbc;

	private final AdministratorCheck administrators;

	private final MailDelivery delivery;

	private final AuditTrail audit;

	private final Clock clock;

	OutboxAdministration(JdbcClient jdbc, AdministratorCheck administrators, MailDelivery delivery, AuditTrail audit,
			Clock clock) {
		this.jdbc = jdbc;
		this.administrators = administrators;
		this.delivery = delivery;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public OutboxView outbox(String status, Actor admin) {
		this.administrators.requireAdministrator(admin);
		String shown = (status != null && STATUSES.contains(status)) ? status : null;
		boolean smtp = this.delivery.configured();
		List<OutboxView.StatusCount> counts = this.jdbc
			.sql("select status, count(*) as n from outgoing_mail group by status order by status")
			.query((rs, row) -> new OutboxView.StatusCount(rs.getString("status"), rs.getLong("n")))
			.list();
		List<OutboxView.Message> messages = this.jdbc.sql("""
				select id, topic, recipient_email, subject, body, secret, status, attempts, last_error, created_at,
				       next_attempt_at, sent_at
				from outgoing_mail where (cast(:status as varchar) is null or status = :status)
				order by created_at desc, id desc limit :limit""")
			.param("status", shown)
			.param("limit", SHOWN)
			.query((rs, row) -> message(rs, smtp))
			.list();
		return new OutboxView(smtp, shown, counts, messages);
	}

	/** Tries a message that failed or waits again, now. */
	@Transactional
	public void retry(long id, Actor admin) {
		this.administrators.requireAdministrator(admin);
		String status = this.jdbc.sql("select status from outgoing_mail where id = :id for update")
			.param("id", id)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("mail.notFound", id));
		if ("SENT".equals(status)) {
			throw new BadRequestException("mail.alreadySent", id);
		}
		this.jdbc.sql("""
				update outgoing_mail set status = 'PENDING', attempts = 0, next_attempt_at = :now where id = :id""")
			.param("now", OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.param("id", id)
			.update();
		this.audit.record(AuditRecord.of(admin, "MAIL_RETRIED", "OutgoingMail", id, null, status));
	}

	private static OutboxView.Message message(ResultSet rs, boolean smtp) throws SQLException {
		boolean hidden = smtp && rs.getBoolean("secret");
		return new OutboxView.Message(rs.getLong("id"), rs.getString("topic"), rs.getString("recipient_email"),
				rs.getString("subject"), hidden ? null : rs.getString("body"), rs.getString("status"),
				rs.getInt("attempts"), rs.getString("last_error"), instant(rs.getTimestamp("created_at")),
				instant(rs.getTimestamp("next_attempt_at")), instant(rs.getTimestamp("sent_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
