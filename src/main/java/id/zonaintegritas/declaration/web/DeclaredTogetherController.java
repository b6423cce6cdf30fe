package id.zonaintegritas.declaration.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import id.zonaintegritas.declaration.DeclarationService;
import id.zonaintegritas.declaration.DeclarationView;
import id.zonaintegritas.institution.InstitutionService;
import id.zonaintegritas.shared.ActingAs;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ActorRole;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The units below a unit that declare with it in the ceremony of its draft: one list of
 * checkboxes, saved all at once.
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
		Optional<DeclarationView> draft = draft(unitId, staff);
		if (draft.isEmpty()) {
			return "redirect:/staf/unit/" + unitId + "/pencanangan";
		}
		model.addAttribute("unit", this.institutions.workUnit(unitId));
		model.addAttribute("declaration", draft.get());
		model.addAttribute("unitsBelow", this.institutions.unitsBelow(unitId));
		return "declaration/declared-together";
	}

	@PostMapping
	String save(@PathVariable long unitId, @ActingAs(ActorRole.AGENCY_STAFF) Actor staff,
			@RequestParam(name = "unit", required = false) List<Long> unitIds, RedirectAttributes redirect) {
		if (draft(unitId, staff).isEmpty()) {
			return "redirect:/staf/unit/" + unitId + "/pencanangan";
		}
		this.declarations.declareWith(unitId, (unitIds != null) ? new LinkedHashSet<>(unitIds) : java.util.Set.of(),
				staff);
		redirect.addFlashAttribute("success", "declaration.together.saved");
		return "redirect:/staf/unit/" + unitId + "/pencanangan";
	}

	private Optional<DeclarationView> draft(long unitId, Actor staff) {
		return this.declarations.newestForStaff(unitId, staff).filter((declaration) -> !declaration.isSubmitted());
	}

}
