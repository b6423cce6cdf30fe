package id.zonaintegritas.account.web;

import java.util.List;
import java.util.stream.Collectors;

import id.zonaintegritas.account.AccountRuleException;
import id.zonaintegritas.account.AccountService;
import id.zonaintegritas.account.AccountView;
import id.zonaintegritas.account.Role;
import id.zonaintegritas.account.TemporaryPassword;
import id.zonaintegritas.institution.InstitutionService;
import id.zonaintegritas.institution.InstitutionView;
import id.zonaintegritas.institution.WorkUnitSummary;
import id.zonaintegritas.shared.ActingAs;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ActorRole;
import id.zonaintegritas.shared.Administration;
import id.zonaintegritas.shared.AdministratorCheck;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators list, create, edit and disable accounts, and reset passwords. */
@Controller
class AdminAccountController {

	private final AccountService accounts;

	private final InstitutionService institutions;

	private final AdministratorCheck administrators;

	AdminAccountController(AccountService accounts, InstitutionService institutions,
			AdministratorCheck administrators) {
		this.accounts = accounts;
		this.institutions = institutions;
		this.administrators = administrators;
	}

	/**
	 * How many matches a picker's search shows: enough to choose from, few enough to
	 * read.
	 */
	static final int MATCHES = 20;

	@GetMapping("/admin/akun")
	String list(@ActingAs({ ActorRole.ADMIN, ActorRole.INSTITUTION_ADMIN }) Actor admin, Model model) {
		List<AccountView> accounts = this.accounts.listFor(admin);
		model.addAttribute("accounts", accounts);
		// Each account's scope by name: the units and instansi the listed accounts name.
		model.addAttribute("unitNames", this.institutions
			.workUnits(accounts.stream().flatMap((account) -> account.workUnitIds().stream()).distinct().toList())
			.stream()
			.collect(Collectors.toMap(WorkUnitSummary::id, WorkUnitSummary::name)));
		model.addAttribute("institutionNames",
				this.institutions.listInstitutions()
					.stream()
					.collect(Collectors.toMap(InstitutionView::id, InstitutionView::name)));
		return "account/admin/accounts";
	}

	@GetMapping("/admin/akun/baru")
	String newForm(@ActingAs({ ActorRole.ADMIN, ActorRole.INSTITUTION_ADMIN }) Actor admin,
			@ModelAttribute("form") AccountForm form, Model model) {
		return formPage(form, model, null, null, admin);
	}

	/**
	 * A picker's search: the form again, unsaved, with what was typed and ticked, and the
	 * units or instansi that match to tick.
	 */
	@PostMapping(path = { "/admin/akun/baru", "/admin/akun/{id}" }, params = { "cariUnit" })
	String findUnits(@PathVariable(required = false) Long id,
			@ActingAs({ ActorRole.ADMIN, ActorRole.INSTITUTION_ADMIN }) Actor admin,
			@ModelAttribute("form") AccountForm form,
			@RequestParam(name = "unitSearch", defaultValue = "") String search, Model model) {
		return searchPage(id, form, model, search, null, admin);
	}

	@PostMapping(path = { "/admin/akun/baru", "/admin/akun/{id}" }, params = { "cariInstansi" })
	String findInstitutions(@PathVariable(required = false) Long id,
			@ActingAs({ ActorRole.ADMIN, ActorRole.INSTITUTION_ADMIN }) Actor admin,
			@ModelAttribute("form") AccountForm form,
			@RequestParam(name = "institutionSearch", defaultValue = "") String search, Model model) {
		return searchPage(id, form, model, null, search, admin);
	}

	private String searchPage(Long id, AccountForm form, Model model, String unitSearch, String institutionSearch,
			Actor admin) {
		if (id != null) {
			model.addAttribute("accountId", id);
			form.setUsername(this.accounts.accountFor(id, admin).username());
		}
		return formPage(form, model, unitSearch, institutionSearch, admin);
	}

	/** The account form with its pickers: what is chosen, and what a search found. */
	private String formPage(AccountForm form, Model model, String unitSearch, String institutionSearch, Actor admin) {
		model.addAttribute("allRoles", this.accounts.rolesFor(admin));
		Administration administration = this.administrators.administrationOf(admin);
		model.addAttribute("chosenUnits", this.institutions.workUnits(form.getWorkUnitIds()));
		model.addAttribute("chosenInstitutions",
				this.institutions.listInstitutions()
					.stream()
					.filter((institution) -> form.getInstitutionIds().contains(institution.id()))
					.toList());
		boolean unitSearched = unitSearch != null && !unitSearch.isBlank();
		boolean institutionSearched = institutionSearch != null && !institutionSearch.isBlank();
		model.addAttribute("unitSearch", unitSearch);
		model.addAttribute("unitSearched", unitSearched);
		model.addAttribute("unitMatches",
				unitSearched ? this.institutions.findWorkUnits(unitSearch, MATCHES)
					.stream()
					.filter((unit) -> !form.getWorkUnitIds().contains(unit.id()))
					.filter((unit) -> administration.covers(unit.institutionId()))
					.toList() : List.of());
		model.addAttribute("institutionSearch", institutionSearch);
		model.addAttribute("institutionSearched", institutionSearched);
		model.addAttribute("institutionMatches",
				institutionSearched ? this.institutions.findInstitutions(institutionSearch, MATCHES)
					.stream()
					.filter((institution) -> !form.getInstitutionIds().contains(institution.id()))
					.filter((institution) -> administration.covers(institution.id()))
					.toList() : List.of());
		return "account/admin/account-form";
	}

	@PostMapping("/admin/akun/baru")
	String create(@ActingAs({ ActorRole.ADMIN, ActorRole.INSTITUTION_ADMIN }) Actor admin,
			@Valid @ModelAttribute("form") AccountForm form, BindingResult result, Model model) {
		if (result.hasErrors()) {
			alsoRefused(() -> this.accounts.checkNew(form.toNewAccount(), admin), result);
			return formPage(form, model, null, null, admin);
		}
		try {
			// Shown once in this response (not stored in a flash attribute or a URL).
			TemporaryPassword created = this.accounts.create(form.toNewAccount(), admin);
			model.addAttribute("temporary", created);
			return "account/admin/temporary-password";
		}
		catch (AccountRuleException ex) {
			ex.rejectOn(result);
			return formPage(form, model, null, null, admin);
		}
	}

	@GetMapping("/admin/akun/{id}")
	String editForm(@PathVariable long id, @ActingAs({ ActorRole.ADMIN, ActorRole.INSTITUTION_ADMIN }) Actor admin,
			Model model) {
		model.addAttribute("accountId", id);
		AccountForm form = AccountForm.of(this.accounts.accountFor(id, admin));
		model.addAttribute("form", form);
		return formPage(form, model, null, null, admin);
	}

	@PostMapping("/admin/akun/{id}")
	String update(@PathVariable long id, @ActingAs({ ActorRole.ADMIN, ActorRole.INSTITUTION_ADMIN }) Actor admin,
			@Valid @ModelAttribute("form") AccountForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("accountId", id);
		form.setUsername(this.accounts.accountFor(id, admin).username());
		if (result.hasErrors()) {
			alsoRefused(() -> this.accounts.checkChanges(id, form.toChanges(), admin), result);
			return formPage(form, model, null, null, admin);
		}
		try {
			this.accounts.update(id, form.getVersion(), form.toChanges(), admin);
			redirect.addFlashAttribute("success", "admin.account.saved");
			return "redirect:/admin/akun";
		}
		catch (AccountRuleException ex) {
			ex.rejectOn(result);
			return formPage(form, model, null, null, admin);
		}
	}

	/** The service's rules beside the form's own, so that every problem shows at once. */
	private static void alsoRefused(Runnable check, BindingResult result) {
		try {
			check.run();
		}
		catch (AccountRuleException ex) {
			ex.rejectOn(result);
		}
	}

	/** Check before it counts: whose password, and what the reset does to it. */
	@GetMapping("/admin/akun/{id}/reset-kata-sandi")
	String resetCheck(@PathVariable long id, @ActingAs({ ActorRole.ADMIN, ActorRole.INSTITUTION_ADMIN }) Actor admin,
			Model model) {
		model.addAttribute("account", this.accounts.accountFor(id, admin));
		return "account/admin/reset-check";
	}

	@PostMapping("/admin/akun/{id}/reset-kata-sandi")
	String resetPassword(@PathVariable long id, @ActingAs({ ActorRole.ADMIN, ActorRole.INSTITUTION_ADMIN }) Actor admin,
			Model model) {
		model.addAttribute("temporary", this.accounts.resetPassword(id, admin));
		return "account/admin/temporary-password";
	}

}
