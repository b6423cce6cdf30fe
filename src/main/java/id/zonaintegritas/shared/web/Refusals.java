package id.zonaintegritas.shared.web;

import java.util.HashMap;
import java.util.Locale;

import id.zonaintegritas.shared.LocalizedException;

import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;

/**
 * A refusal shown on a page whose form has nothing of its own to say (a button that
 * submits, publishes, saves a team): the message as {@code refusal} in the reader's
 * language, and a failed binding, so that the page answers 422 like every refused form.
 */
public final class Refusals {

	private Refusals() {
	}

	public static void show(LocalizedException refusal, Model model, MessageSource messages, Locale locale) {
		// Not named "refusal": the model would drop a binding whose name another
		// attribute takes.
		BindingResult refused = new MapBindingResult(new HashMap<>(), "refused");
		refusal.rejectOn(refused, null);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "refused", refused);
		model.addAttribute("refusal", messages.getMessage(refusal.getMessageKey(), refusal.getArguments(), locale));
	}

}
