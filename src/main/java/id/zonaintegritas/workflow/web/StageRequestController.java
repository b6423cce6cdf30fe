package id.zonaintegritas.workflow.web;

import id.zonaintegritas.shared.ActingAs;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ActorRole;
import id.zonaintegritas.shared.DomainRuleException;
import id.zonaintegritas.workflow.StageRequestPage;
import id.zonaintegritas.workflow.StageRequestPageView;
import id.zonaintegritas.workflow.WorkflowService;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff ask for the next stage with evidence, follow the decision, and resubmit when
 * returned. A refused request shows the form again, with what was typed and why.
 */
@Controller
@RequestMapping("/staf/unit/{unitId}/tahap")
class StageRequestController {

	private final StageRequestPage page;

	private final WorkflowService workflow;

	StageRequestController(StageRequestPage page, WorkflowService workflow) {
		this.page = page;
		this.workflow = workflow;
	}

	@GetMapping
	String show(@PathVariable long unitId, @ActingAs(ActorRole.AGENCY_STAFF) Actor staff, Model model) {
		StageRequestPageView view = this.page.of(unitId, staff);
		return page(view, view.programme().openRequest().map(StageRequestForm::of).orElseGet(StageRequestForm::new),
				model);
	}

	@PostMapping
	String request(@PathVariable long unitId, @ActingAs(ActorRole.AGENCY_STAFF) Actor staff,
			@Valid @ModelAttribute("form") StageRequestForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		StageRequestPageView view = this.page.of(unitId, staff);
		if (!result.hasErrors() && form.toCheck() && view.obstacles().isEmpty()) {
			return check(view, form, "/staf/unit/" + unitId + "/tahap", model);
		}
		if (!result.hasErrors() && form.toCarryOut()) {
			try {
				this.workflow.requestNextStage(unitId, form.getNote(), form.evidence(), staff);
				redirect.addFlashAttribute("success", "stageRequest.submitted");
				return "redirect:/staf/unit/" + unitId + "/tahap";
			}
			catch (DomainRuleException ex) {
				ex.rejectOn(result, null);
			}
		}
		return page(this.page.of(unitId, staff), form, model);
	}

	@PostMapping("/{requestId}/ajukan-ulang")
	String resubmit(@PathVariable long unitId, @PathVariable long requestId,
			@ActingAs(ActorRole.AGENCY_STAFF) Actor staff, @Valid @ModelAttribute("form") StageRequestForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		StageRequestPageView view = this.page.of(unitId, staff);
		if (!result.hasErrors() && form.toCheck()) {
			return check(view, form, "/staf/unit/" + unitId + "/tahap/" + requestId + "/ajukan-ulang", model);
		}
		if (!result.hasErrors() && form.toCarryOut()) {
			try {
				this.workflow.resubmit(requestId, form.getNote(), form.evidence(), staff);
				redirect.addFlashAttribute("success", "stageRequest.resubmitted");
				return "redirect:/staf/unit/" + unitId + "/tahap";
			}
			catch (DomainRuleException ex) {
				ex.rejectOn(result, null);
			}
		}
		return page(this.page.of(unitId, staff), form, model);
	}

	/** Check before it counts: the request as it will be sent, and what happens next. */
	private static String check(StageRequestPageView view, StageRequestForm form, String action, Model model) {
		model.addAttribute("view", view);
		model.addAttribute("chosen",
				view.documents().stream().filter((document) -> form.evidence().contains(document.id())).toList());
		model.addAttribute("action", action);
		return "workflow/stage-request-check";
	}

	private static String page(StageRequestPageView view, StageRequestForm form, Model model) {
		model.addAttribute("view", view);
		model.addAttribute("form", form);
		return "workflow/stage-requests";
	}

}
