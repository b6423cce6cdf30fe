package id.zonaintegritas.shared;

import java.util.Arrays;

import org.springframework.validation.Errors;

/**
 * An exception whose user-facing text is a message key with arguments, resolved in the
 * user's language by the web layer.
 */
public abstract class LocalizedException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	protected LocalizedException(String messageKey, Object... arguments) {
		super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	public Object[] getArguments() {
		return this.arguments.clone();
	}

	/**
	 * Reports this refusal on a form, so that the page shows it with what was typed: the
	 * one way a refusal reaches a form.
	 * @param errors the form's errors
	 * @param field the field it concerns, or {@code null} for the whole form
	 */
	public void rejectOn(Errors errors, String field) {
		if (field != null) {
			errors.rejectValue(field, this.messageKey, this.arguments.clone(), null);
		}
		else {
			errors.reject(this.messageKey, this.arguments.clone(), null);
		}
	}

}
