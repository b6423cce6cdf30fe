package id.zonaintegritas.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The requested object does not exist, or is not visible to the caller: a 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends LocalizedException {

	public NotFoundException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
