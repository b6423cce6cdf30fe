package id.zonaintegritas.account.web;

import id.zonaintegritas.account.AccountRuleException;
import id.zonaintegritas.account.PasswordSetups;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page a new user opens from the e-mail that told them of their account: they choose
 * their password, and sign in with it. A link works once, and for three days.
 */
@Controller
class PasswordSetupController {

	private final PasswordSetups setups;

	PasswordSetupController(PasswordSetups setups) {
		this.setups = setups;
	}

	@GetMapping("/atur-sandi/{token}")
	String form(@PathVariable String token, @ModelAttribute("form") NewPasswordForm form, Model model,
			HttpServletResponse response) {
		noReferrer(response);
		model.addAttribute("username", this.setups.usernameFor(token));
		model.addAttribute("token", token);
		return "account/setup";
	}

	@PostMapping("/atur-sandi/{token}")
	String setPassword(@PathVariable String token, @Valid @ModelAttribute("form") NewPasswordForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		noReferrer(response);
		String username = this.setups.usernameFor(token);
		if (!result.hasErrors()) {
			try {
				this.setups.setPassword(token, form.getNewPassword());
				redirect.addFlashAttribute("success", "account.setup.done");
				return "redirect:/login";
			}
			catch (AccountRuleException ex) {
				ex.rejectOn(result);
			}
		}
		form.clearPasswords();
		model.addAttribute("username", username);
		model.addAttribute("token", token);
		return "account/setup";
	}

	/** The link's secret stays in this page: no other site learns it from a referrer. */
	private static void noReferrer(HttpServletResponse response) {
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
	}

}
