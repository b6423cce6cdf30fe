package id.zonaintegritas.declaration.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.zonaintegritas.account.AccessGuard;
import id.zonaintegritas.declaration.AttachedDocument;
import id.zonaintegritas.declaration.DeclarationDraft;
import id.zonaintegritas.declaration.DeclarationRuleException;
import id.zonaintegritas.declaration.DeclarationService;
import id.zonaintegritas.declaration.DeclarationView;
import id.zonaintegritas.declaration.DocumentKind;
import id.zonaintegritas.declaration.WitnessKind;
import id.zonaintegritas.document.DocumentRejectedException;
import id.zonaintegritas.document.DocumentService;
import id.zonaintegritas.document.DocumentView;
import id.zonaintegritas.institution.InstitutionService;
import id.zonaintegritas.shared.ActingAs;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ActorRole;
import id.zonaintegritas.shared.DomainRuleException;
import id.zonaintegritas.shared.Predicate;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The unit's pencanangan: a form while it is a draft, a check of what will become public
 * before it is submitted, the public record once submitted, and its correction by an
 * amendment (checked the same way) that keeps the version it replaces. Rows are added and
 * removed by submit buttons that re-render the form, so it works without JavaScript and
 * keeps everything typed.
 */
@Controller
@RequestMapping("/staf/unit/{unitId}/pencanangan")
class DeclarationFormController {

	static final String FORM = "declaration/declaration-form";

	static final String AMENDMENT_FORM = "declaration/amendment-form";

	/** The check page's submission, on which a refusal is reported. */
	static final String SUBMISSION = "submission";

	private final DeclarationService declarations;

	private final DocumentService documents;

	private final InstitutionService institutions;

	private final AccessGuard access;

	DeclarationFormController(DeclarationService declarations, DocumentService documents,
			InstitutionService institutions, AccessGuard access) {
		this.declarations = declarations;
		this.documents = documents;
		this.institutions = institutions;
		this.access = access;
	}

	@ModelAttribute
	void unitAndChoices(@PathVariable long unitId, @ActingAs(ActorRole.AGENCY_STAFF) Actor staff, Model model) {
		this.access.requireStaffOf(staff, unitId);
		model.addAttribute("unit", this.institutions.workUnit(unitId));
		model.addAttribute("witnessKinds", WitnessKind.values());
		model.addAttribute("documentKinds", DocumentKind.values());
		model.addAttribute("predicates", Predicate.values());
		model.addAttribute("maxUploadMb", this.documents.maxSizeBytes() / (1024 * 1024));
		model.addAttribute("unitsBelowCount", this.institutions.countUnitsBelow(unitId));
	}

	@GetMapping
	String show(@PathVariable long unitId, @ActingAs(ActorRole.AGENCY_STAFF) Actor staff, Model model) {
		Optional<DeclarationView> newest = this.declarations.newestForStaff(unitId, staff);
		newest.ifPresent((declaration) -> addAttached(declaration, model));
		if (newest.isPresent() && newest.get().isSubmitted()) {
			model.addAttribute("replacedVersions", this.declarations.replacedVersions(newest.get().id()));
			return "declaration/declaration-view";
		}
		// A unit declared with the unit above it sees that declaration; it may still
		// declare on its own (towards the other predicate).
		this.declarations.latestSubmitted(unitId)
			.filter((declaration) -> declaration.declaredWith(unitId))
			.ifPresent((declaration) -> {
				model.addAttribute("declaredWith", declaration);
				model.addAttribute("declaringUnit", this.institutions.workUnit(declaration.workUnitId()));
			});
		DeclarationForm form = newest.map(DeclarationForm::of).orElseGet(DeclarationForm::new);
		if (form.getWitnesses().isEmpty()) {
			form.getWitnesses().add(new WitnessRow());
		}
		model.addAttribute("form", form);
		return FORM;
	}

	@PostMapping(params = "addWitness")
	String addWitness(@ModelAttribute("form") DeclarationForm form, BindingResult result, @PathVariable long unitId,
			@ActingAs(ActorRole.AGENCY_STAFF) Actor staff, Model model) throws IOException {
		form.getWitnesses().add(new WitnessRow());
		return rerenderKeepingFiles(unitId, staff, model, form, result);
	}

	@PostMapping(params = "removeWitness")
	String removeWitness(@ModelAttribute("form") DeclarationForm form, BindingResult result,
			@RequestParam int removeWitness, @PathVariable long unitId, @ActingAs(ActorRole.AGENCY_STAFF) Actor staff,
			Model model) throws IOException {
		removeRow(form.getWitnesses(), removeWitness);
		return rerenderKeepingFiles(unitId, staff, model, form, result);
	}

	@PostMapping(params = "addPressLink")
	String addPressLink(@ModelAttribute("form") DeclarationForm form, BindingResult result, @PathVariable long unitId,
			@ActingAs(ActorRole.AGENCY_STAFF) Actor staff, Model model) throws IOException {
		form.getPressLinks().add(new PressLinkRow());
		return rerenderKeepingFiles(unitId, staff, model, form, result);
	}

	@PostMapping(params = "removePressLink")
	String removePressLink(@ModelAttribute("form") DeclarationForm form, BindingResult result,
			@RequestParam int removePressLink, @PathVariable long unitId, @ActingAs(ActorRole.AGENCY_STAFF) Actor staff,
			Model model) throws IOException {
		removeRow(form.getPressLinks(), removePressLink);
		return rerenderKeepingFiles(unitId, staff, model, form, result);
	}

	/**
	 * Saves the draft; "check and submit" then shows what will become public before
	 * anything is submitted, and "remove" takes a document off the draft.
	 */
	@PostMapping
	String save(@PathVariable long unitId, @ActingAs(ActorRole.AGENCY_STAFF) Actor staff,
			@Valid @ModelAttribute("form") DeclarationForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String action,
			@RequestParam(name = "removeDocument", required = false) Long removeDocument, Model model,
			RedirectAttributes redirect) throws IOException {
		if (!result.hasErrors()) {
			try {
				this.declarations.saveDraft(unitId,
						new DeclarationDraft(form.toDetails(), form.witnesses(), form.pressLinks(), form.uploads()),
						staff);
				if (removeDocument != null) {
					this.declarations.removeDocument(unitId, removeDocument, staff);
					redirect.addFlashAttribute("success", "declaration.documentRemoved");
					return "redirect:/staf/unit/" + unitId + "/pencanangan";
				}
				if ("submit".equals(action)) {
					return "redirect:/staf/unit/" + unitId + "/pencanangan/periksa";
				}
				redirect.addFlashAttribute("success", "declaration.saved");
				return "redirect:/staf/unit/" + unitId + "/pencanangan";
			}
			catch (DocumentRejectedException ex) {
				// All or nothing: with one file refused, none is kept.
				result.rejectValue("files", ex.getMessageKey(), ex.getArguments(), null);
				model.addAttribute("fileNotKept", form.hasFile());
				return rerender(unitId, staff, model, form);
			}
			catch (DeclarationRuleException ex) {
				rejectOn(result, ex.getReason(), ex.getArguments());
			}
			catch (DomainRuleException ex) {
				result.reject(ex.getMessageKey(), ex.getArguments(), null);
			}
		}
		else {
			// Every problem at once: the declaration's own rules beside the form's.
			this.declarations.problemsOfDraft(unitId, form.toDetails(), staff)
				.forEach((problem) -> rejectOn(result, problem));
		}
		return rerenderKeepingFiles(unitId, staff, model, form, result);
	}

	/**
	 * A rule of the declaration beside the field it concerns, unless that field already
	 * says why.
	 */
	private static void rejectOn(BindingResult result, DeclarationRuleException.Reason problem, Object... arguments) {
		String field = switch (problem) {
			case DATE_IN_FUTURE, DATE_BEFORE_PROGRAMME -> "declaredOn";
			default -> null;
		};
		if (field == null) {
			result.reject(problem.messageKey(), arguments, null);
		}
		else if (!result.hasFieldErrors(field)) {
			result.rejectValue(field, problem.messageKey(), arguments, null);
		}
	}

	/** What will become public, checked before it is: "check your answers". */
	@GetMapping("/periksa")
	String check(@PathVariable long unitId, @ActingAs(ActorRole.AGENCY_STAFF) Actor staff, Model model) {
		Optional<DeclarationView> draft = this.declarations.newestForStaff(unitId, staff)
			.filter((declaration) -> !declaration.isSubmitted());
		if (draft.isEmpty()) {
			return "redirect:/staf/unit/" + unitId + "/pencanangan";
		}
		addAttached(draft.get(), model);
		model.addAttribute("missing", this.declarations.missingForSubmission(unitId, staff));
		if (!model.containsAttribute(SUBMISSION)) {
			model.addAttribute(SUBMISSION, new HashMap<String, Object>());
		}
		return "declaration/declaration-check";
	}

	/** Submits the draft as checked; a refusal shows the check page again, with why. */
	@PostMapping("/ajukan")
	String submit(@PathVariable long unitId, @ActingAs(ActorRole.AGENCY_STAFF) Actor staff, Model model,
			RedirectAttributes redirect) {
		try {
			this.declarations.submit(unitId, staff);
			redirect.addFlashAttribute("submitted", true);
			return "redirect:/staf/unit/" + unitId + "/pencanangan";
		}
		catch (DeclarationRuleException ex) {
			Map<String, Object> submission = new HashMap<>();
			BindingResult refusal = new MapBindingResult(submission, SUBMISSION);
			ex.rejectOn(refusal, null);
			model.addAttribute(SUBMISSION, submission);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + SUBMISSION, refusal);
			return check(unitId, staff, model);
		}
	}

	@GetMapping("/ubah")
	String amendmentForm(@PathVariable long unitId, @ActingAs(ActorRole.AGENCY_STAFF) Actor staff, Model model) {
		if (this.declarations.latestSubmitted(unitId).isEmpty()) {
			return "redirect:/staf/unit/" + unitId + "/pencanangan";
		}
		DeclarationView current = this.declarations.submittedForStaff(unitId, staff);
		model.addAttribute("form", AmendmentForm.of(current));
		model.addAttribute("declaration", current);
		return AMENDMENT_FORM;
	}

	@PostMapping(path = "/ubah", params = "edit")
	String amendmentEdit(@ModelAttribute("form") AmendmentForm form, @PathVariable long unitId,
			@ActingAs(ActorRole.AGENCY_STAFF) Actor staff, Model model) {
		return amendmentForm(unitId, staff, form, model);
	}

	@PostMapping(path = "/ubah", params = "addWitness")
	String amendmentAddWitness(@ModelAttribute("form") AmendmentForm form, @PathVariable long unitId,
			@ActingAs(ActorRole.AGENCY_STAFF) Actor staff, Model model) {
		form.getWitnesses().add(new WitnessRow());
		return amendmentForm(unitId, staff, form, model);
	}

	@PostMapping(path = "/ubah", params = "removeWitness")
	String amendmentRemoveWitness(@ModelAttribute("form") AmendmentForm form, @RequestParam int removeWitness,
			@PathVariable long unitId, @ActingAs(ActorRole.AGENCY_STAFF) Actor staff, Model model) {
		removeRow(form.getWitnesses(), removeWitness);
		return amendmentForm(unitId, staff, form, model);
	}

	@PostMapping(path = "/ubah", params = "addPressLink")
	String amendmentAddPressLink(@ModelAttribute("form") AmendmentForm form, @PathVariable long unitId,
			@ActingAs(ActorRole.AGENCY_STAFF) Actor staff, Model model) {
		form.getPressLinks().add(new PressLinkRow());
		return amendmentForm(unitId, staff, form, model);
	}

	@PostMapping(path = "/ubah", params = "removePressLink")
	String amendmentRemovePressLink(@ModelAttribute("form") AmendmentForm form, @RequestParam int removePressLink,
			@PathVariable long unitId, @ActingAs(ActorRole.AGENCY_STAFF) Actor staff, Model model) {
		removeRow(form.getPressLinks(), removePressLink);
		return amendmentForm(unitId, staff, form, model);
	}

	/**
	 * The amendment as it will read in public, beside the version it replaces, before it
	 * is made; the form's contents travel on in hidden fields, so nothing is stored yet.
	 */
	@PostMapping("/ubah")
	String checkAmendment(@PathVariable long unitId, @ActingAs(ActorRole.AGENCY_STAFF) Actor staff,
			@Valid @ModelAttribute("form") AmendmentForm form, BindingResult result, Model model) {
		// Every problem at once, and none left for the confirmation to find.
		this.declarations.problemsOfAmendment(unitId, form.toAmendment(), staff)
			.forEach((problem) -> rejectOn(result, problem));
		if (result.hasErrors()) {
			return amendmentForm(unitId, staff, form, model);
		}
		model.addAttribute("declaration", current(unitId, staff));
		return "declaration/amendment-check";
	}

	@PostMapping(path = "/ubah", params = "confirm")
	String amend(@PathVariable long unitId, @ActingAs(ActorRole.AGENCY_STAFF) Actor staff,
			@Valid @ModelAttribute("form") AmendmentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.declarations.amend(unitId, form.getRevision(), form.toAmendment(), staff);
				redirect.addFlashAttribute("success", "declaration.amended");
				return "redirect:/staf/unit/" + unitId + "/pencanangan";
			}
			catch (DeclarationRuleException ex) {
				rejectOn(result, ex.getReason(), ex.getArguments());
			}
			catch (DomainRuleException ex) {
				result.reject(ex.getMessageKey(), ex.getArguments(), null);
			}
		}
		return amendmentForm(unitId, staff, form, model);
	}

	private String amendmentForm(long unitId, Actor staff, AmendmentForm form, Model model) {
		model.addAttribute("declaration", current(unitId, staff));
		return AMENDMENT_FORM;
	}

	private DeclarationView current(long unitId, Actor staff) {
		return this.declarations.submittedForStaff(unitId, staff);
	}

	/**
	 * The form again, unsaved, with the files that were chosen kept on the draft: a file
	 * input cannot be filled again, and nothing a user chose may be lost.
	 */
	private String rerenderKeepingFiles(long unitId, Actor staff, Model model, DeclarationForm form,
			BindingResult result) throws IOException {
		if (form.hasFile()) {
			try {
				this.declarations.keepUploads(unitId, form.uploads(), staff);
				model.addAttribute("filesKept", true);
			}
			catch (DocumentRejectedException ex) {
				result.rejectValue("files", ex.getMessageKey(), ex.getArguments(), null);
				model.addAttribute("fileNotKept", true);
			}
			catch (DomainRuleException ex) {
				result.reject(ex.getMessageKey(), ex.getArguments(), null);
				model.addAttribute("fileNotKept", true);
			}
		}
		return rerender(unitId, staff, model, form);
	}

	private String rerender(long unitId, Actor staff, Model model, DeclarationForm form) {
		this.declarations.newestForStaff(unitId, staff)
			.filter((declaration) -> !declaration.isSubmitted())
			.ifPresent((declaration) -> addAttached(declaration, model));
		return FORM;
	}

	private void addAttached(DeclarationView declaration, Model model) {
		model.addAttribute("declaration", declaration);
		model.addAttribute("declaredTogether", this.institutions.workUnits(declaration.coDeclaredUnitIds()));
		Map<Long, DocumentView> documents = this.documents
			.documents(declaration.documents().stream().map(AttachedDocument::documentId).toList());
		model.addAttribute("attached",
				declaration.documents()
					.stream()
					.map((attached) -> new AttachedDocumentView(documents.get(attached.documentId()), attached.kind()))
					.toList());
	}

	private static void removeRow(List<?> rows, int index) {
		if (index >= 0 && index < rows.size()) {
			rows.remove(index);
		}
	}

}
