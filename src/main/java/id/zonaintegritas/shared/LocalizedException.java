package id.zonaintegritas.shared;

import java.util.Arrays;

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

}
