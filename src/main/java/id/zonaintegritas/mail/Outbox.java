package id.zonaintegritas.mail;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import id.zonaintegritas.account.MailTopic;
import id.zonaintegritas.account.Recipient;
import id.zonaintegritas.shared.PublicAddress;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes e-mails into the outbox, in the transaction of the change they tell of: a change
 * that rolls back leaves no e-mail, and one that commits leaves its e-mail for
 * {@link MailDelivery}. Each is written in the recipient's language, and only if they
 * want e-mails about its topic.
 */
@Service
public class Outbox {

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final PublicAddress address;

	private final Clock clock;

	Outbox(JdbcClient jdbc, MessageSource messages, PublicAddress address, Clock clock) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.address = address;
		this.clock = clock;
	}

	/**
	 * A message to write: its topic, the key of its subject and body
	 * ({@code mail.<key>.subject}, {@code mail.<key>.body}) with their arguments, the
	 * portal's page it leads to, and, for a reminder, the key that makes it once only.
	 *
	 * @param topic what it is about
	 * @param key its messages' key
	 * @param arguments their arguments
	 * @param path the page it links to
	 * @param onceKey a key no second message may have, or {@code null}
	 * @param secret whether the link is a secret (a password link)
	 */
	public record Letter(MailTopic topic, String key, Object[] arguments, String path, String onceKey, boolean secret) {

		public static Letter of(MailTopic topic, String key, String path, Object... arguments) {
			return new Letter(topic, key, arguments, path, null, false);
		}

		public Letter once(String key) {
			return new Letter(this.topic, this.key, this.arguments, this.path, key, this.secret);
		}

		public Letter withSecretLink() {
			return new Letter(this.topic, this.key, this.arguments, this.path, this.onceKey, true);
		}

	}

	/** Writes the letter to the recipient, if they want it. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void write(Recipient recipient, Letter letter) {
		if (!recipient.wants(letter.topic())) {
			return;
		}
		var locale = recipient.locale();
		String subject = this.messages.getMessage("mail." + letter.key() + ".subject", letter.arguments(), locale);
		String body = String.join("\n\n",
				this.messages.getMessage("mail.greeting", new Object[] { recipient.displayName() }, locale),
				this.messages.getMessage("mail." + letter.key() + ".body", letter.arguments(), locale),
				this.address.of(letter.path()),
				letter.topic().declinable()
						? this.messages.getMessage("mail.footer", new Object[] { this.address.of("/akun") }, locale)
						: this.messages.getMessage("mail.footerAccount", null, locale));
		OffsetDateTime now = OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		this.jdbc.sql("""
				insert into outgoing_mail (topic, recipient_username, recipient_email, language, subject, body, secret,
				                           once_key, next_attempt_at, created_at)
				values (:topic, :username, :email, :language, :subject, :body, :secret, :once, :now, :now)
				on conflict (once_key) do nothing""")
			.param("topic", letter.topic().name())
			.param("username", recipient.username())
			.param("email", recipient.email())
			.param("language", recipient.language())
			.param("subject", subject.length() > 300 ? subject.substring(0, 299) + "…" : subject)
			.param("body", body)
			.param("secret", letter.secret())
			.param("once", letter.onceKey())
			.param("now", now)
			.update();
	}

}
