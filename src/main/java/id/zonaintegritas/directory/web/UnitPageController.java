package id.zonaintegritas.directory.web;

import id.zonaintegritas.declaration.DeclarationService;
import id.zonaintegritas.institution.InstitutionService;
import id.zonaintegritas.institution.WorkUnitSummary;
import id.zonaintegritas.pact.PactService;
import id.zonaintegritas.workflow.WorkflowService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A unit's public page: where it stands and how it got there. Only what a declaration
 * made public: no NIP, no email, no unsubmitted draft, no evidence.
 */
@Controller
class UnitPageController {

	private final InstitutionService institutions;

	private final WorkflowService workflow;

	private final DeclarationService declarations;

	private final PactService pact;

	UnitPageController(InstitutionService institutions, WorkflowService workflow, DeclarationService declarations,
			PactService pact) {
		this.institutions = institutions;
		this.workflow = workflow;
		this.declarations = declarations;
		this.pact = pact;
	}

	@GetMapping("/direktori/{slug}")
	String unit(@PathVariable String slug, Model model) {
		WorkUnitSummary unit = this.institutions.workUnitBySlug(slug);
		model.addAttribute("unit", unit);
		model.addAttribute("programme", this.workflow.programme(unit.id()));
		model.addAttribute("declaration", this.declarations.latestSubmitted(unit.id()).orElse(null));
		model.addAttribute("coverage", this.pact.coverage(unit.id()));
		return "directory/unit";
	}

}
