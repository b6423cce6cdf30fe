package id.zonaintegritas.account.web;

import java.time.Instant;

import id.zonaintegritas.account.AccessGuard;
import id.zonaintegritas.account.AccountRuleException;
import id.zonaintegritas.account.AccountService;
import id.zonaintegritas.account.MailPreferences;
import id.zonaintegritas.account.PortalUser;
import id.zonaintegritas.institution.InstitutionService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every user's own account: what they may do, and their password. */
@Controller
class AccountController {

	private final AccountService accounts;

	private final AccessGuard access;

	private final InstitutionService institutions;

	private final SecurityContextRepository contexts;

	private final MailPreferences mailPreferences;

	AccountController(AccountService accounts, AccessGuard access, InstitutionService institutions,
			SecurityContextRepository contexts, MailPreferences mailPreferences) {
		this.mailPreferences = mailPreferences;
		this.accounts = accounts;
		this.access = access;
		this.institutions = institutions;
		this.contexts = contexts;
	}

	@GetMapping("/akun")
	String overview(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("account", this.accounts.account(user.getUsername()));
		model.addAttribute("units", this.institutions.workUnits(this.access.staffUnitsOf(user.getUsername())));
		model.addAttribute("institutions",
				this.access.reviewedInstitutionsOf(user.getUsername())
					.stream()
					.map(this.institutions::institution)
					.toList());
		model.addAttribute("mail", this.mailPreferences.of(user.getUsername()));
		return "account/overview";
	}

	@GetMapping("/akun/kata-sandi")
	String passwordForm(@ModelAttribute("form") PasswordForm form) {
		return "account/password";
	}

	@PostMapping("/akun/kata-sandi")
	String changePassword(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute("form") PasswordForm form,
			BindingResult result, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Instant changedAt = this.accounts.changeOwnPassword(user.getUsername(), form.getCurrentPassword(),
						form.getNewPassword());
				refreshSession(user.withPasswordChanged(changedAt), request, response);
				redirect.addFlashAttribute("success", "account.password.changed");
				return "redirect:/akun";
			}
			catch (AccountRuleException ex) {
				ex.rejectOn(result);
			}
		}
		form.clearPasswords();
		return "account/password";
	}

	private void refreshSession(PortalUser changed, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(changed, null, changed.getAuthorities()));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

}
