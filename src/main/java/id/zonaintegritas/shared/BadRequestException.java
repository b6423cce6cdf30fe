package id.zonaintegritas.shared;

/**
 * A request asked for something that cannot be (a page number past the last page, a year
 * outside the programme): a 400 page that says what was wrong.
 */
public class BadRequestException extends LocalizedException {

	public BadRequestException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
