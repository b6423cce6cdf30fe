package id.zonaintegritas.shared;

/** The requested object does not exist, or is not visible to the caller: a 404 page. */
public class NotFoundException extends LocalizedException {

	public NotFoundException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
