package id.zonaintegritas.account;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import id.zonaintegritas.audit.AuditRecord;
import id.zonaintegritas.audit.AuditTrail;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ActorRole;
import id.zonaintegritas.shared.BadRequestException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's choice of the language of their e-mails and of which e-mails they get; the
 * notices inside the portal stay whatever they choose.
 */
@Service
public class MailPreferences {

	/** The languages e-mails are written in. */
	public static final List<String> LANGUAGES = List.of("id", "en");

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	MailPreferences(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/**
	 * A user's choice.
	 *
	 * @param language {@code id} or {@code en}
	 * @param topics the topics their roles are e-mailed about
	 * @param declined those of them they declined
	 * @param roles the roles the account holds
	 */
	public record Choice(String language, List<MailTopic> topics, Set<MailTopic> declined, Set<Role> roles) {

		public Choice {
			topics = List.copyOf(topics);
			declined = Set.copyOf(declined);
			roles = Set.copyOf(roles);
		}

		public boolean wants(MailTopic topic) {
			return !this.declined.contains(topic);
		}

	}

	@Transactional(readOnly = true)
	public Choice of(String username) {
		String language = this.jdbc.sql("select language from account where username = :username")
			.param("username", username)
			.query(String.class)
			.single();
		Set<Role> roles = EnumSet.noneOf(Role.class);
		this.jdbc.sql("select r.role from account_role r join account a on a.id = r.account_id where a.username = :u")
			.param("u", username)
			.query(String.class)
			.list()
			.forEach((role) -> roles.add(Role.valueOf(role)));
		Set<MailTopic> declined = EnumSet.noneOf(MailTopic.class);
		this.jdbc.sql("""
				select d.topic from account_mail_declined d join account a on a.id = d.account_id
				where a.username = :username""")
			.param("username", username)
			.query(String.class)
			.list()
			.forEach((topic) -> declined.add(MailTopic.valueOf(topic)));
		return new Choice(language, MailTopic.forRoles(roles), declined, roles);
	}

	/**
	 * Saves the user's language ({@code null} keeps it) and the topics they want, of
	 * those their roles have.
	 */
	@Transactional
	public void save(String username, String chosenLanguage, Set<MailTopic> wanted) {
		if (chosenLanguage != null && !LANGUAGES.contains(chosenLanguage)) {
			throw new BadRequestException("account.mail.languageUnknown");
		}
		Choice before = of(username);
		String language = (chosenLanguage != null) ? chosenLanguage : before.language();
		Actor user = new Actor(username,
				before.roles().stream().findFirst().map(Role::actorRole).orElse(ActorRole.SYSTEM));
		this.jdbc.sql("update account set language = :language where username = :username")
			.param("language", language)
			.param("username", user.username())
			.update();
		this.jdbc.sql("""
				delete from account_mail_declined
				where account_id = (select id from account where username = :username)""")
			.param("username", user.username())
			.update();
		for (MailTopic topic : before.topics()) {
			if (!wanted.contains(topic)) {
				this.jdbc.sql("""
						insert into account_mail_declined (account_id, topic)
						select id, :topic from account where username = :username""")
					.param("topic", topic.name())
					.param("username", user.username())
					.update();
			}
		}
		this.audit.record(AuditRecord.of(user, "MAIL_PREFERENCES_CHANGED", "Account", user.username(), null,
				language + ", " + (before.topics().size() - wanted.stream().filter(before.topics()::contains).count())
						+ " declined"));
	}

}
