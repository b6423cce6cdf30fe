package id.zonaintegritas.workflow.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import id.zonaintegritas.account.Inbox;
import id.zonaintegritas.account.InboxService;
import id.zonaintegritas.document.DocumentContent;
import id.zonaintegritas.document.DocumentService;
import id.zonaintegritas.shared.ActingAs;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ActorRole;
import id.zonaintegritas.shared.ConflictException;
import id.zonaintegritas.workflow.Outcome;
import id.zonaintegritas.workflow.QueueFilter;
import id.zonaintegritas.workflow.QueueView;
import id.zonaintegritas.workflow.ReviewPages;
import id.zonaintegritas.workflow.ReviewQueue;
import id.zonaintegritas.workflow.ReviewView;
import id.zonaintegritas.workflow.WorkflowRuleException;
import id.zonaintegritas.workflow.WorkflowService;
import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The inspektorat's workspace: the queue, the review of a request, designations and
 * revocations. A refused command shows its form again, with what was typed and why.
 */
@Controller
class ReviewController {

	private final ReviewQueue queue;

	private final ReviewPages pages;

	private final WorkflowService workflow;

	private final DocumentService documents;

	private final InboxService inbox;

	ReviewController(ReviewQueue queue, ReviewPages pages, WorkflowService workflow, DocumentService documents,
			InboxService inbox) {
		this.queue = queue;
		this.pages = pages;
		this.workflow = workflow;
		this.documents = documents;
		this.inbox = inbox;
	}

	@GetMapping("/inspektorat")
	String queue(@ActingAs(ActorRole.REVIEWER) Actor reviewer, QueueFilter filter,
			@RequestParam(name = "halaman", defaultValue = "1") int page, Model model) {
		QueueView view = this.queue.queue(reviewer, filter, page);
		model.addAttribute("view", view);
		model.addAttribute(WorkspaceNavigation.COUNTS, view.counts());
		return "workflow/review-queue";
	}

	/** The reviewer has seen the requests that arrived up to the newest one shown. */
	@PostMapping("/inspektorat/dilihat")
	String markQueueSeen(@ActingAs(ActorRole.REVIEWER) Actor reviewer,
			@RequestParam(name = "sampai", required = false) Instant until, RedirectAttributes redirect) {
		this.inbox.markSeen(reviewer.username(), Inbox.QUEUE, until);
		redirect.addFlashAttribute("success", "review.queue.markedSeen");
		return "redirect:/inspektorat";
	}

	@GetMapping("/inspektorat/pengajuan/{requestId}")
	String review(@PathVariable long requestId, @ActingAs(ActorRole.REVIEWER) Actor reviewer, Model model) {
		ReviewView view = this.pages.review(requestId, reviewer);
		DecisionForm form = new DecisionForm();
		form.setVersion(view.request().version());
		return reviewPage(view, form, model);
	}

	@PostMapping("/inspektorat/pengajuan/{requestId}")
	String decide(@PathVariable long requestId, @ActingAs(ActorRole.REVIEWER) Actor reviewer,
			@Valid @ModelAttribute("form") DecisionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors() && form.getOutcome() != Outcome.APPROVED && !StringUtils.hasText(form.getReason())) {
			result.rejectValue("reason", "review.reasonRequired");
		}
		if (!result.hasErrors() && form.toCheck()) {
			// Check before it counts: what will happen, stated, and nothing done yet.
			model.addAttribute("view", this.pages.review(requestId, reviewer));
			return "workflow/review-check";
		}
		if (!result.hasErrors() && form.toCarryOut()) {
			try {
				this.workflow.decide(requestId, form.getVersion(), form.getOutcome(), form.getReason(), reviewer);
				redirect.addFlashAttribute("success", "review.decided." + form.getOutcome().name());
				return "redirect:/inspektorat";
			}
			catch (WorkflowRuleException ex) {
				ex.rejectOn(result, DecisionForm.fieldOf(ex.getReason()));
			}
			catch (ConflictException ex) {
				// Shown on the request as it is now: decided by someone else, or changed.
				ex.rejectOn(result, null);
			}
		}
		// The page shows the request as it is now, and the decision is taken on that.
		ReviewView view = this.pages.review(requestId, reviewer);
		form.setVersion(view.request().version());
		return reviewPage(view, form, model);
	}

	private static String reviewPage(ReviewView view, DecisionForm form, Model model) {
		model.addAttribute("view", view);
		model.addAttribute("form", form);
		return "workflow/review";
	}

	@GetMapping("/inspektorat/pengajuan/{requestId}/dokumen/{documentId}")
	ResponseEntity<byte[]> evidence(@PathVariable long requestId, @PathVariable long documentId,
			@ActingAs(ActorRole.REVIEWER) Actor reviewer) {
		long unitId = this.workflow.requestForReview(requestId, reviewer).workUnitId();
		DocumentContent document = this.documents.contentForReviewer(unitId, documentId, reviewer);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.document().mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename(document.document().fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(document.content());
	}

	@GetMapping("/inspektorat/unit/{unitId}")
	String unit(@PathVariable long unitId, @ActingAs(ActorRole.REVIEWER) Actor reviewer, Model model) {
		return unitPage(unitId, reviewer, model);
	}

	private String unitPage(long unitId, Actor reviewer, Model model) {
		model.addAttribute("view", this.pages.unit(unitId, reviewer));
		return "workflow/review-unit";
	}

}
