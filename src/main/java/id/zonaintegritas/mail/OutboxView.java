package id.zonaintegritas.mail;

import java.time.Instant;
import java.util.List;

/**
 * The outbox as administrators see it.
 *
 * @param smtpConfigured whether an SMTP server delivers the messages
 * @param status the status shown, or {@code null} for all
 * @param counts how many messages have each status
 * @param messages the newest messages with that status
 */
public record OutboxView(boolean smtpConfigured, String status, List<StatusCount> counts, List<Message> messages) {

	public OutboxView {
		counts = List.copyOf(counts);
		messages = List.copyOf(messages);
	}

	/**
	 * @param status a status
	 * @param count how many messages have it
	 */
	public record StatusCount(String status, long count) {
	}

	/**
	 * A message of the outbox.
	 *
	 * @param id the message
	 * @param topic what it is about
	 * @param recipient the address
	 * @param subject its subject
	 * @param body its text, or {@code null} where it carries a secret an administrator
	 * must not see
	 * @param status pending, sent or failed
	 * @param attempts how many deliveries were tried
	 * @param lastError why the last one failed, or {@code null}
	 * @param createdAt when it was written
	 * @param nextAttemptAt when it is tried next
	 * @param sentAt when it was sent, or {@code null}
	 */
	public record Message(long id, String topic, String recipient, String subject, String body, String status,
			int attempts, String lastError, Instant createdAt, Instant nextAttemptAt, Instant sentAt) {

		public boolean retryable() {
			return !"SENT".equals(this.status);
		}

	}

}
