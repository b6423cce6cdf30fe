package id.zonaintegritas.workflow.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import id.zonaintegritas.account.AccessGuard;
import id.zonaintegritas.account.Inbox;
import id.zonaintegritas.account.InboxService;
import id.zonaintegritas.declaration.DeclarationService;
import id.zonaintegritas.document.DocumentContent;
import id.zonaintegritas.document.DocumentService;
import id.zonaintegritas.institution.InstitutionService;
import id.zonaintegritas.institution.RegionKind;
import id.zonaintegritas.pact.PactService;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ConflictException;
import id.zonaintegritas.shared.DomainRuleException;
import id.zonaintegritas.shared.PageRequest;
import id.zonaintegritas.shared.Predicate;
import id.zonaintegritas.workflow.Outcome;
import id.zonaintegritas.workflow.QueueFilter;
import id.zonaintegritas.workflow.RequestUnderReview;
import id.zonaintegritas.workflow.ReviewQueue;
import id.zonaintegritas.workflow.Stage;
import id.zonaintegritas.workflow.WorkflowService;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The inspektorat's workspace: the queue, the review of a request, designations and
 * revocations.
 */
@Controller
class ReviewController {

	static final int PAGE_SIZE = 20;

	private final ReviewQueue queue;

	private final WorkflowService workflow;

	private final DeclarationService declarations;

	private final PactService pact;

	private final DocumentService documents;

	private final InstitutionService institutions;

	private final AccessGuard access;

	private final InboxService inbox;

	ReviewController(ReviewQueue queue, WorkflowService workflow, DeclarationService declarations, PactService pact,
			DocumentService documents, InstitutionService institutions, AccessGuard access, InboxService inbox) {
		this.queue = queue;
		this.workflow = workflow;
		this.declarations = declarations;
		this.pact = pact;
		this.documents = documents;
		this.institutions = institutions;
		this.access = access;
		this.inbox = inbox;
	}

	@GetMapping("/inspektorat")
	String queue(@AuthenticationPrincipal UserDetails user,
			@RequestParam(name = "instansi", required = false) Long institution,
			@RequestParam(name = "tahap", required = false) Stage stage,
			@RequestParam(name = "provinsi", required = false) String province,
			@RequestParam(name = "halaman", defaultValue = "1") int page, Model model) {
		Actor reviewer = Actor.reviewer(user.getUsername());
		model.addAttribute("page",
				this.queue.page(reviewer,
						new QueueFilter(institution, stage, (province == null || province.isBlank()) ? null : province),
						new PageRequest(page, PAGE_SIZE)));
		model.addAttribute("institutionChoices",
				this.access.reviewedInstitutionsOf(user.getUsername())
					.stream()
					.map(this.institutions::institution)
					.toList());
		model.addAttribute("stageChoices",
				List.of(Stage.PENCANANGAN, Stage.PEMBANGUNAN, Stage.PENGUSULAN, Stage.PENILAIAN, Stage.PENETAPAN));
		model.addAttribute("provinceChoices",
				this.institutions.listRegions()
					.stream()
					.filter((region) -> region.kind() == RegionKind.PROVINSI)
					.toList());
		model.addAttribute("selectedInstitution", institution);
		model.addAttribute("selectedStage", stage);
		model.addAttribute("selectedProvince", province);
		this.inbox.markSeen(user.getUsername(), Inbox.QUEUE);
		return "workflow/review-queue";
	}

	@GetMapping("/inspektorat/pengajuan/{requestId}")
	String review(@PathVariable long requestId, @AuthenticationPrincipal UserDetails user, Model model) {
		RequestUnderReview review = this.workflow.requestForReview(requestId, Actor.reviewer(user.getUsername()));
		model.addAttribute("review", review);
		model.addAttribute("unit", this.institutions.workUnit(review.workUnitId()));
		model.addAttribute("declaration", this.declarations.latestSubmitted(review.workUnitId()).orElse(null));
		model.addAttribute("coverage", this.pact.coverage(review.workUnitId()));
		model.addAttribute("evidence",
				this.documents.ofWorkUnit(review.workUnitId())
					.stream()
					.filter((document) -> review.request().evidenceDocumentIds().contains(document.id()))
					.toList());
		return "workflow/review";
	}

	@PostMapping("/inspektorat/pengajuan/{requestId}")
	String decide(@PathVariable long requestId, @AuthenticationPrincipal UserDetails user,
			@RequestParam(required = false) Outcome outcome, @RequestParam(required = false) String reason,
			@RequestParam(defaultValue = "-1") long version, Model model, RedirectAttributes redirect) {
		try {
			if (outcome == null) {
				throw new IllegalArgumentException("no outcome");
			}
			this.workflow.decide(requestId, version, outcome, reason, Actor.reviewer(user.getUsername()));
			redirect.addFlashAttribute("success", "review.decided." + outcome.name());
			return "redirect:/inspektorat";
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("problem", ex.getMessageKey());
			redirect.addFlashAttribute("problemArguments", ex.getArguments());
			return "redirect:/inspektorat/pengajuan/" + requestId;
		}
		catch (DomainRuleException | IllegalArgumentException ex) {
			model.addAttribute("decisionError",
					(ex instanceof DomainRuleException rule) ? rule.getMessageKey() : "review.outcomeRequired");
			model.addAttribute("decisionErrorArguments",
					(ex instanceof DomainRuleException rule) ? rule.getArguments() : new Object[0]);
			model.addAttribute("typedReason", reason);
			model.addAttribute("typedOutcome", outcome);
			return review(requestId, user, model);
		}
	}

	@GetMapping("/inspektorat/pengajuan/{requestId}/dokumen/{documentId}")
	ResponseEntity<byte[]> evidence(@PathVariable long requestId, @PathVariable long documentId,
			@AuthenticationPrincipal UserDetails user) {
		Actor reviewer = Actor.reviewer(user.getUsername());
		RequestUnderReview review = this.workflow.requestForReview(requestId, reviewer);
		DocumentContent document = this.documents.contentForReviewer(review.workUnitId(), documentId, reviewer);
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
	String unit(@PathVariable long unitId, @AuthenticationPrincipal UserDetails user, Model model) {
		this.access.requireReviewerOf(Actor.reviewer(user.getUsername()), unitId);
		model.addAttribute("unit", this.institutions.workUnit(unitId));
		model.addAttribute("programme", this.workflow.programme(unitId));
		model.addAttribute("predicates", Predicate.values());
		return "workflow/review-unit";
	}

	@PostMapping("/inspektorat/unit/{unitId}/penetapan")
	String designate(@PathVariable long unitId, @AuthenticationPrincipal UserDetails user,
			@RequestParam(required = false) Predicate predicate, @RequestParam(required = false) String decreeNumber,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decreeDate,
			RedirectAttributes redirect) {
		try {
			this.workflow.designate(unitId, predicate, decreeNumber, decreeDate, Actor.reviewer(user.getUsername()));
			redirect.addFlashAttribute("success", "review.designated");
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("problem", ex.getMessageKey());
			redirect.addFlashAttribute("problemArguments", ex.getArguments());
		}
		return "redirect:/inspektorat/unit/" + unitId;
	}

	@PostMapping("/inspektorat/unit/{unitId}/pencabutan")
	String revoke(@PathVariable long unitId, @AuthenticationPrincipal UserDetails user,
			@RequestParam(required = false) Predicate predicate, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String decree, RedirectAttributes redirect) {
		try {
			this.workflow.revoke(unitId, predicate, reason, decree, Actor.reviewer(user.getUsername()));
			redirect.addFlashAttribute("success", "review.revoked");
		}
		catch (DomainRuleException ex) {
			redirect.addFlashAttribute("problem", ex.getMessageKey());
			redirect.addFlashAttribute("problemArguments", ex.getArguments());
		}
		return "redirect:/inspektorat/unit/" + unitId;
	}

}
