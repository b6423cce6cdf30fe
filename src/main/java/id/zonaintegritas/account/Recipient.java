package id.zonaintegritas.account;

import java.util.Locale;
import java.util.Set;

/**
 * Someone the portal may e-mail: their address, their language, and what they declined.
 *
 * @param username the account
 * @param displayName the name to greet
 * @param email the address
 * @param language {@code id} or {@code en}
 * @param declined the topics they do not want e-mails about
 */
public record Recipient(String username, String displayName, String email, String language, Set<MailTopic> declined) {

	public Recipient {
		declined = Set.copyOf(declined);
	}

	/** Whether they want e-mails about the topic. */
	public boolean wants(MailTopic topic) {
		return !topic.declinable() || !this.declined.contains(topic);
	}

	public Locale locale() {
		return Locale.forLanguageTag(this.language);
	}

}
