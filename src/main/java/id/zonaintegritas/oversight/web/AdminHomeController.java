package id.zonaintegritas.oversight.web;

import java.util.List;

import id.zonaintegritas.account.AccountService;
import id.zonaintegritas.account.AccountView;
import id.zonaintegritas.institution.InstitutionService;
import id.zonaintegritas.shared.ActingAs;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ActorRole;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The administrators' home: what they look after, how much of it there is, and where each
 * part is managed.
 */
@Controller
class AdminHomeController {

	private final AccountService accounts;

	private final InstitutionService institutions;

	AdminHomeController(AccountService accounts, InstitutionService institutions) {
		this.accounts = accounts;
		this.institutions = institutions;
	}

	@GetMapping("/admin")
	String home(@ActingAs(ActorRole.ADMIN) Actor admin, Model model) {
		List<AccountView> all = this.accounts.list();
		model.addAttribute("accountCount", all.size());
		model.addAttribute("disabledCount", all.stream().filter((account) -> !account.enabled()).count());
		model.addAttribute("institutionCount", this.institutions.listInstitutions().size());
		model.addAttribute("unitCount", this.institutions.countWorkUnits());
		return "oversight/admin-home";
	}

}
