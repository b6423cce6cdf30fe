package id.zonaintegritas.workflow.web;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import id.zonaintegritas.account.AccessGuard;
import id.zonaintegritas.document.DocumentService;
import id.zonaintegritas.institution.InstitutionService;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.DomainRuleException;
import id.zonaintegritas.workflow.WorkflowService;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff ask for the next stage with evidence, follow the decision, and resubmit when
 * returned.
 */
@Controller
@RequestMapping("/staf/unit/{unitId}/tahap")
class StageRequestController {

	private final WorkflowService workflow;

	private final DocumentService documents;

	private final InstitutionService institutions;

	private final AccessGuard access;

	StageRequestController(WorkflowService workflow, DocumentService documents, InstitutionService institutions,
			AccessGuard access) {
		this.workflow = workflow;
		this.documents = documents;
		this.institutions = institutions;
		this.access = access;
	}

	@ModelAttribute
	void unit(@PathVariable long unitId, @AuthenticationPrincipal UserDetails user, Model model) {
		this.access.requireStaffOf(Actor.staff(user.getUsername()), unitId);
		model.addAttribute("unit", this.institutions.workUnit(unitId));
	}

	@GetMapping
	String show(@PathVariable long unitId, @AuthenticationPrincipal UserDetails user, Model model) {
		model.addAttribute("programme", this.workflow.programme(unitId));
		model.addAttribute("obstacles", this.workflow.obstaclesToNextRequest(unitId));
		model.addAttribute("documents", this.documents.ofWorkUnitForStaff(unitId, Actor.staff(user.getUsername())));
		return "workflow/stage-requests";
	}

	@PostMapping
	String request(@PathVariable long unitId, @AuthenticationPrincipal UserDetails user,
			@RequestParam(required = false) String note, @RequestParam(required = false) List<Long> documentIds,
			RedirectAttributes redirect) {
		try {
			this.workflow.requestNextStage(unitId, blankToNull(note), evidence(documentIds),
					Actor.staff(user.getUsername()));
			redirect.addFlashAttribute("success", "stageRequest.submitted");
		}
		catch (DomainRuleException ex) {
			problem(redirect, ex);
		}
		return "redirect:/staf/unit/" + unitId + "/tahap";
	}

	@PostMapping("/{requestId}/ajukan-ulang")
	String resubmit(@PathVariable long unitId, @PathVariable long requestId, @AuthenticationPrincipal UserDetails user,
			@RequestParam(required = false) String note, @RequestParam(required = false) List<Long> documentIds,
			RedirectAttributes redirect) {
		try {
			this.workflow.resubmit(requestId, blankToNull(note), evidence(documentIds),
					Actor.staff(user.getUsername()));
			redirect.addFlashAttribute("success", "stageRequest.resubmitted");
		}
		catch (DomainRuleException ex) {
			problem(redirect, ex);
		}
		return "redirect:/staf/unit/" + unitId + "/tahap";
	}

	private static void problem(RedirectAttributes redirect, DomainRuleException ex) {
		redirect.addFlashAttribute("problem", ex.getMessageKey());
		redirect.addFlashAttribute("problemArguments", ex.getArguments());
	}

	// An empty checkbox value binds as null: it chose no document.
	private static Set<Long> evidence(List<Long> documentIds) {
		return (documentIds != null) ? documentIds.stream().filter(Objects::nonNull).collect(Collectors.toSet())
				: Set.of();
	}

	private static String blankToNull(String note) {
		return (note == null || note.isBlank()) ? null : note.strip();
	}

}
