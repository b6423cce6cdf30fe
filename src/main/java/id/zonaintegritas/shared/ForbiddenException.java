package id.zonaintegritas.shared;

/** The caller may not do this to this object: a 403 page, and nothing changes. */
public class ForbiddenException extends LocalizedException {

	public ForbiddenException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
