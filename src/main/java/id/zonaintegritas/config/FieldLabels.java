package id.zonaintegritas.config;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The name of a form field as the user reads it, for the error summary's items ("Nama
 * penanda tangan: Wajib diisi."): {@code field.<name>} in the message bundles; a field of
 * a row ({@code witnesses[1].personName}) reads {@code field.witnesses.personName} with
 * the row's number.
 */
@Component("fieldLabels")
public class FieldLabels {

	private static final Pattern ROW = Pattern.compile("^([a-zA-Z]+)\\[(\\d+)]\\.([a-zA-Z]+)$");

	private final MessageSource messages;

	FieldLabels(MessageSource messages) {
		this.messages = messages;
	}

	/** The field's name for people, or {@code null} when the bundles do not name it. */
	public String of(String fieldName) {
		Matcher row = ROW.matcher(fieldName);
		if (row.matches()) {
			return this.messages.getMessage("field." + row.group(1) + "." + row.group(3),
					new Object[] { Integer.parseInt(row.group(2)) + 1 }, null, LocaleContextHolder.getLocale());
		}
		return this.messages.getMessage("field." + fieldName.replaceAll("\\[\\d+]$", ""), null, null,
				LocaleContextHolder.getLocale());
	}

}
