package id.zonaintegritas.shared;

/**
 * Someone else changed the same thing first; the command was not applied. The message key
 * tells the user what happened and by whom.
 */
public class ConflictException extends LocalizedException {

	public ConflictException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
