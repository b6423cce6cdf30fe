package id.zonaintegritas.directory.web;

import id.zonaintegritas.declaration.DeclarationService;
import id.zonaintegritas.institution.InstitutionService;
import id.zonaintegritas.institution.WorkUnitSummary;
import id.zonaintegritas.pact.PactService;
import id.zonaintegritas.workflow.WorkflowService;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

	private final MessageSource messages;

	UnitPageController(InstitutionService institutions, WorkflowService workflow, DeclarationService declarations,
			PactService pact, MessageSource messages) {
		this.messages = messages;
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
		model.addAttribute("metaTitle", unit.name());
		model
			.addAttribute("metaDescription",
					this.messages
						.getMessage("unitPage.description",
								new Object[] { unit.name(), unit.institutionName(), unit.regionName(),
										unit.provinceName(),
										this.messages.getMessage("stage." + this.workflow.programme(unit.id()).stage(),
												null, LocaleContextHolder.getLocale()) },
								LocaleContextHolder.getLocale()));
		return "directory/unit";
	}

}
