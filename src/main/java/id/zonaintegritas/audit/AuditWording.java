package id.zonaintegritas.audit;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The trail's entries in the reader's language, for templates and exports:
 * {@code ${@auditWords.action(entry.action)}}. An action reads as
 * {@code auditAction.<ACTION>}; a line the portal words itself as
 * {@code auditSummary.<ACTION>} with its recorded values. An action without a wording
 * (one a later version adds) still shows, as its code.
 */
@Component("auditWords")
public class AuditWording {

	private final MessageSource messages;

	AuditWording(MessageSource messages) {
		this.messages = messages;
	}

	public String action(String action) {
		return this.messages.getMessage("auditAction." + action, null, action, locale());
	}

	public String summary(AuditEntry entry) {
		return summary(entry.action(), entry.summary(), entry.summaryArguments());
	}

	/**
	 * The line of an entry: its values worded in the reader's language when the portal
	 * recorded them, otherwise the summary as written.
	 */
	public String summary(String action, String summary, List<String> arguments) {
		if (arguments == null) {
			return (summary != null) ? summary : "";
		}
		if (arguments.isEmpty()) {
			return "";
		}
		Object[] values = arguments.stream().map(AuditWording::numberOrText).toArray();
		return this.messages.getMessage("auditSummary." + action, values, String.join(" · ", arguments), locale());
	}

	private static Object numberOrText(String value) {
		return (value != null && value.matches("-?\\d{1,18}")) ? (Object) Long.valueOf(value) : value;
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
