package id.zonaintegritas.account.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import id.zonaintegritas.account.MailPreferences;
import id.zonaintegritas.account.MailTopic;
import id.zonaintegritas.account.PortalUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Each user chooses the language of their e-mails and which e-mails they get. */
@Controller
class MailPreferencesController {

	private final MailPreferences preferences;

	MailPreferencesController(MailPreferences preferences) {
		this.preferences = preferences;
	}

	@PostMapping("/akun/surel")
	String save(@AuthenticationPrincipal PortalUser user,
			@RequestParam(name = "language", required = false) String language,
			@RequestParam(name = "topics", required = false) List<String> topics, RedirectAttributes redirect) {
		Set<MailTopic> wanted = EnumSet.noneOf(MailTopic.class);
		if (topics != null) {
			for (String topic : topics) {
				try {
					wanted.add(MailTopic.valueOf(topic));
				}
				catch (IllegalArgumentException unknown) {
					// A topic the form never offers is ignored, as an unticked box is.
				}
			}
		}
		this.preferences.save(user.getUsername(), language, wanted);
		redirect.addFlashAttribute("success", "account.mail.saved");
		return "redirect:/akun#mail-heading";
	}

}
