package id.zonaintegritas.declaration.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.zonaintegritas.account.AccessGuard;
import id.zonaintegritas.declaration.AttachedDocument;
import id.zonaintegritas.declaration.DeclarationRuleException;
import id.zonaintegritas.declaration.DeclarationService;
import id.zonaintegritas.declaration.DeclarationView;
import id.zonaintegritas.declaration.DocumentKind;
import id.zonaintegritas.declaration.Upload;
import id.zonaintegritas.declaration.WitnessKind;
import id.zonaintegritas.document.DocumentRejectedException;
import id.zonaintegritas.document.DocumentService;
import id.zonaintegritas.document.DocumentView;
import id.zonaintegritas.institution.InstitutionService;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.Predicate;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The unit's pencanangan: a form while it is a draft, a read-only record once submitted.
 * Rows are added and removed by submit buttons that re-render the form, so it works
 * without JavaScript and keeps everything typed.
 */
@Controller
@RequestMapping("/staf/unit/{unitId}/pencanangan")
class DeclarationFormController {

	static final String FORM = "declaration/declaration-form";

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
	void unitAndChoices(@PathVariable long unitId, @AuthenticationPrincipal UserDetails user, Model model) {
		this.access.requireStaffOf(Actor.staff(user.getUsername()), unitId);
		model.addAttribute("unit", this.institutions.workUnit(unitId));
		model.addAttribute("witnessKinds", WitnessKind.values());
		model.addAttribute("documentKinds", DocumentKind.values());
		model.addAttribute("predicates", Predicate.values());
		model.addAttribute("maxUploadMb", this.documents.maxSizeBytes() / (1024 * 1024));
	}

	@GetMapping
	String show(@PathVariable long unitId, @AuthenticationPrincipal UserDetails user, Model model) {
		Optional<DeclarationView> newest = this.declarations.newestForStaff(unitId, Actor.staff(user.getUsername()));
		newest.ifPresent((declaration) -> addAttached(declaration, model));
		if (newest.isPresent() && newest.get().isSubmitted()) {
			return "declaration/declaration-view";
		}
		DeclarationForm form = newest.map(DeclarationForm::of).orElseGet(DeclarationForm::new);
		if (form.getWitnesses().isEmpty()) {
			form.getWitnesses().add(new WitnessRow());
		}
		model.addAttribute("form", form);
		return FORM;
	}

	@PostMapping(params = "addWitness")
	String addWitness(@ModelAttribute("form") DeclarationForm form, @PathVariable long unitId,
			@AuthenticationPrincipal UserDetails user, Model model) {
		form.getWitnesses().add(new WitnessRow());
		return rerender(unitId, user, model);
	}

	@PostMapping(params = "removeWitness")
	String removeWitness(@ModelAttribute("form") DeclarationForm form, @RequestParam int removeWitness,
			@PathVariable long unitId, @AuthenticationPrincipal UserDetails user, Model model) {
		if (removeWitness >= 0 && removeWitness < form.getWitnesses().size()) {
			form.getWitnesses().remove(removeWitness);
		}
		return rerender(unitId, user, model);
	}

	@PostMapping(params = "addPressLink")
	String addPressLink(@ModelAttribute("form") DeclarationForm form, @PathVariable long unitId,
			@AuthenticationPrincipal UserDetails user, Model model) {
		form.getPressLinks().add(new PressLinkRow());
		return rerender(unitId, user, model);
	}

	@PostMapping(params = "removePressLink")
	String removePressLink(@ModelAttribute("form") DeclarationForm form, @RequestParam int removePressLink,
			@PathVariable long unitId, @AuthenticationPrincipal UserDetails user, Model model) {
		if (removePressLink >= 0 && removePressLink < form.getPressLinks().size()) {
			form.getPressLinks().remove(removePressLink);
		}
		return rerender(unitId, user, model);
	}

	@PostMapping
	String save(@PathVariable long unitId, @AuthenticationPrincipal UserDetails user,
			@Valid @ModelAttribute("form") DeclarationForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect)
			throws IOException {
		boolean submit = "submit".equals(action);
		if (!result.hasErrors()) {
			try {
				List<Upload> uploads = form.hasFile() ? List
					.of(new Upload(form.getFile().getOriginalFilename(), form.getFile().getBytes(), form.getFileKind()))
						: List.of();
				this.declarations.saveForm(unitId, form.toDetails(),
						form.getWitnesses().stream().map(WitnessRow::toWitness).toList(),
						form.getPressLinks().stream().map(PressLinkRow::toPressLink).toList(), uploads, submit,
						Actor.staff(user.getUsername()));
				redirect.addFlashAttribute("success", submit ? "declaration.submitted" : "declaration.saved");
				return submit ? "redirect:/staf" : "redirect:/staf/unit/" + unitId + "/pencanangan";
			}
			catch (DocumentRejectedException ex) {
				result.rejectValue("file", ex.getMessageKey(), ex.getArguments(), null);
			}
			catch (DeclarationRuleException ex) {
				result.reject(ex.getMessageKey(), ex.getArguments(), null);
			}
		}
		model.addAttribute("fileNotKept", form.hasFile());
		return rerender(unitId, user, model);
	}

	private String rerender(long unitId, UserDetails user, Model model) {
		this.declarations.newestForStaff(unitId, Actor.staff(user.getUsername()))
			.ifPresent((declaration) -> addAttached(declaration, model));
		return FORM;
	}

	private void addAttached(DeclarationView declaration, Model model) {
		model.addAttribute("declaration", declaration);
		Map<Long, DocumentView> documents = this.documents
			.documents(declaration.documents().stream().map(AttachedDocument::documentId).toList());
		model.addAttribute("attached",
				declaration.documents()
					.stream()
					.map((attached) -> new AttachedDocumentView(documents.get(attached.documentId()), attached.kind()))
					.toList());
	}

}
