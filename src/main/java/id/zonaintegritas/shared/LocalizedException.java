package id.zonaintegritas.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

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
		rejectOnly(errors, field);
	}

	/**
	 * Reports every problem found at once, each beside the field it concerns; a field the
	 * form's own checks already refused keeps only their message, so that no field says
	 * the same thing twice.
	 * @param errors the form's errors
	 * @param problems every problem found, in the order to show them
	 * @param fieldOf the field a problem concerns, or {@code null} for the whole form
	 */
	protected static <E extends LocalizedException> void rejectEach(Errors errors, List<E> problems,
			Function<E, String> fieldOf) {
		Set<String> alreadyRefused = errors.getFieldErrors()
			.stream()
			.map(FieldError::getField)
			.collect(Collectors.toSet());
		for (E problem : problems) {
			String field = fieldOf.apply(problem);
			if (field == null || !alreadyRefused.contains(field)) {
				((LocalizedException) problem).rejectOnly(errors, field);
			}
		}
	}

	private void rejectOnly(Errors errors, String field) {
		if (field != null) {
			errors.rejectValue(field, this.messageKey, this.arguments.clone(), null);
		}
		else {
			errors.reject(this.messageKey, this.arguments.clone(), null);
		}
	}

}
