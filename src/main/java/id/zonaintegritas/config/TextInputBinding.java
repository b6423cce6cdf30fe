package id.zonaintegritas.config;

import java.beans.PropertyEditorSupport;

import id.zonaintegritas.shared.Text;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every text a form or a query sends is cleaned here, once, before any controller sees it
 * ({@link Text#clean}: control characters, bidi overrides, surrounding blanks; blank
 * becomes {@code null}). Passwords are taken exactly as typed. Lists in forms grow to at
 * most {@value #LONGEST_LIST} rows; an index beyond that is a bad request, not a 500.
 */
@ControllerAdvice
class TextInputBinding {

	static final int LONGEST_LIST = 200;

	private static final String[] PASSWORDS = { "password", "currentPassword", "newPassword", "confirmation" };

	@InitBinder
	void cleanText(WebDataBinder binder) {
		binder.setAutoGrowCollectionLimit(LONGEST_LIST);
		binder.registerCustomEditor(String.class, new CleanTextEditor());
		for (String password : PASSWORDS) {
			binder.registerCustomEditor(String.class, password, new StringTrimmerEditor("", false));
		}
	}

	private static final class CleanTextEditor extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			setValue(Text.clean(text));
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return (value != null) ? value.toString() : "";
		}

	}

}
