package id.zonaintegritas.declaration.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import id.zonaintegritas.declaration.DeclarationRuleException;
import id.zonaintegritas.declaration.DeclarationService;
import id.zonaintegritas.declaration.DeclarationView;
import id.zonaintegritas.institution.InstitutionService;
import id.zonaintegritas.shared.ActingAs;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ActorRole;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The units below a unit that declare with it in its ceremony: one list of checkboxes,
 * saved all at once on the draft, or changed by an amendment with its reason once the
 * declaration is submitted.
 */
@Controller
@RequestMapping("/staf/unit/{unitId}/pencanangan/unit-bersama")
class DeclaredTogetherController {

	private final DeclarationService declarations;

	private final InstitutionService institutions;

	DeclaredTogetherController(DeclarationService declarations, InstitutionService institutions) {
		this.declarations = declarations;
		this.institutions = institutions;
	}

	@GetMapping
	String show(@PathVariable long unitId, @ActingAs(ActorRole.AGENCY_STAFF) Actor staff, Model model) {
		Optional<DeclarationView> declaration = this.declarations.newestForStaff(unitId, staff);
		if (declaration.isEmpty()) {
			return "redirect:/staf/unit/" + unitId + "/pencanangan";
		}
		return render(unitId, declaration.get(), declaration.get().coDeclaredUnitIds(), null, null, model);
	}

	@PostMapping
	String save(@PathVariable long unitId, @ActingAs(ActorRole.AGENCY_STAFF) Actor staff,
			@RequestParam(name = "unit", required = false) List<Long> unitIds,
			@RequestParam(name = "revision", required = false) Integer revision,
			@RequestParam(name = "reason", required = false) String reason, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Optional<DeclarationView> declaration = this.declarations.newestForStaff(unitId, staff);
		if (declaration.isEmpty()) {
			return "redirect:/staf/unit/" + unitId + "/pencanangan";
		}
		Set<Long> chosen = (unitIds != null) ? new LinkedHashSet<>(unitIds) : Set.of();
		try {
			if (declaration.get().isSubmitted()) {
				this.declarations.amendDeclaredTogether(unitId,
						(revision != null) ? revision : declaration.get().revision(), chosen, reason, staff);
				redirect.addFlashAttribute("success", "declaration.together.amended");
			}
			else {
				this.declarations.declareWith(unitId, chosen, staff);
				redirect.addFlashAttribute("success", "declaration.together.saved");
			}
			return "redirect:/staf/unit/" + unitId + "/pencanangan";
		}
		catch (DeclarationRuleException ex) {
			// The choice and the reason as they were typed, with what is wrong.
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return render(unitId, declaration.get(), chosen, reason, ex.getMessageKey(), model);
		}
	}

	private String render(long unitId, DeclarationView declaration, Set<Long> chosen, String reason, String problem,
			Model model) {
		model.addAttribute("unit", this.institutions.workUnit(unitId));
		model.addAttribute("declaration", declaration);
		model.addAttribute("chosen", chosen);
		model.addAttribute("reason", reason);
		model.addAttribute("problem", problem);
		model.addAttribute("unitsBelow", this.institutions.unitsBelow(unitId));
		return "declaration/declared-together";
	}

}
