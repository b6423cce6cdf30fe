package id.zonaintegritas.account.web;

import id.zonaintegritas.account.AccountRuleException;
import id.zonaintegritas.account.AccountService;
import id.zonaintegritas.account.Role;
import id.zonaintegritas.account.TemporaryPassword;
import id.zonaintegritas.institution.InstitutionService;
import id.zonaintegritas.shared.ActingAs;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ActorRole;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators list, create, edit and disable accounts, and reset passwords. */
@Controller
class AdminAccountController {

	private final AccountService accounts;

	private final InstitutionService institutions;

	AdminAccountController(AccountService accounts, InstitutionService institutions) {
		this.accounts = accounts;
		this.institutions = institutions;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("allRoles", Role.values());
		model.addAttribute("allInstitutions", this.institutions.listInstitutions());
		model.addAttribute("allUnits", this.institutions.listWorkUnits());
	}

	@GetMapping("/admin/akun")
	String list(Model model) {
		model.addAttribute("accounts", this.accounts.list());
		return "account/admin/accounts";
	}

	@GetMapping("/admin/akun/baru")
	String newForm(@ModelAttribute("form") AccountForm form) {
		return "account/admin/account-form";
	}

	@PostMapping("/admin/akun/baru")
	String create(@ActingAs(ActorRole.ADMIN) Actor admin, @Valid @ModelAttribute("form") AccountForm form,
			BindingResult result, Model model) {
		if (result.hasErrors()) {
			return "account/admin/account-form";
		}
		try {
			// Shown once in this response (not stored in a flash attribute or a URL).
			TemporaryPassword created = this.accounts.create(form.toNewAccount(), admin);
			model.addAttribute("temporary", created);
			return "account/admin/temporary-password";
		}
		catch (AccountRuleException ex) {
			result.rejectValue(ex.getReason().field(), ex.getMessageKey(), ex.getArguments(), null);
			return "account/admin/account-form";
		}
	}

	@GetMapping("/admin/akun/{id}")
	String editForm(@PathVariable long id, Model model) {
		model.addAttribute("accountId", id);
		model.addAttribute("form", AccountForm.of(this.accounts.account(id)));
		return "account/admin/account-form";
	}

	@PostMapping("/admin/akun/{id}")
	String update(@PathVariable long id, @ActingAs(ActorRole.ADMIN) Actor admin,
			@Valid @ModelAttribute("form") AccountForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("accountId", id);
		form.setUsername(this.accounts.account(id).username());
		if (result.hasErrors()) {
			return "account/admin/account-form";
		}
		try {
			this.accounts.update(id, form.getVersion(), form.toChanges(), admin);
			redirect.addFlashAttribute("success", "admin.account.saved");
			return "redirect:/admin/akun";
		}
		catch (AccountRuleException ex) {
			result.rejectValue(ex.getReason().field(), ex.getMessageKey(), ex.getArguments(), null);
			return "account/admin/account-form";
		}
	}

	/** Check before it counts: whose password, and what the reset does to it. */
	@GetMapping("/admin/akun/{id}/reset-kata-sandi")
	String resetCheck(@PathVariable long id, Model model) {
		model.addAttribute("account", this.accounts.account(id));
		return "account/admin/reset-check";
	}

	@PostMapping("/admin/akun/{id}/reset-kata-sandi")
	String resetPassword(@PathVariable long id, @ActingAs(ActorRole.ADMIN) Actor admin, Model model) {
		model.addAttribute("temporary", this.accounts.resetPassword(id, admin));
		return "account/admin/temporary-password";
	}

}
