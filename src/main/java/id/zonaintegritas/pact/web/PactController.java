package id.zonaintegritas.pact.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import id.zonaintegritas.account.AccessGuard;
import id.zonaintegritas.declaration.DeclarationService;
import id.zonaintegritas.declaration.DeclarationView;
import id.zonaintegritas.institution.InstitutionService;
import id.zonaintegritas.institution.WorkUnitSummary;
import id.zonaintegritas.pact.PactImport;
import id.zonaintegritas.pact.PactImportException;
import id.zonaintegritas.pact.PactRuleException;
import id.zonaintegritas.pact.PactService;
import id.zonaintegritas.pact.PactSigningView;
import id.zonaintegritas.pact.SigningRole;
import id.zonaintegritas.shared.ActingAs;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ActorRole;
import id.zonaintegritas.shared.PageRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The pact signings of a unit's declaration: list, add, import from CSV, export. */
@Controller
@RequestMapping("/staf/unit/{unitId}/pakta")
class PactController {

	static final int PAGE_SIZE = 50;

	private final PactService pact;

	private final DeclarationService declarations;

	private final InstitutionService institutions;

	private final AccessGuard access;

	private final MessageSource texts;

	PactController(PactService pact, DeclarationService declarations, InstitutionService institutions,
			AccessGuard access, MessageSource texts) {
		this.pact = pact;
		this.declarations = declarations;
		this.institutions = institutions;
		this.access = access;
		this.texts = texts;
	}

	@ModelAttribute
	void unit(@PathVariable long unitId, @ActingAs(ActorRole.AGENCY_STAFF) Actor staff, Model model) {
		this.access.requireStaffOf(staff, unitId);
		model.addAttribute("unit", this.institutions.workUnit(unitId));
		model.addAttribute("roles", SigningRole.values());
	}

	@GetMapping
	String list(@PathVariable long unitId, @ActingAs(ActorRole.AGENCY_STAFF) Actor staff,
			@RequestParam(name = "cari", required = false) String search,
			@RequestParam(name = "halaman", defaultValue = "1") int page, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new SigningForm());
		}
		return render(unitId, staff, search, page, model);
	}

	@PostMapping
	String add(@PathVariable long unitId, @ActingAs(ActorRole.AGENCY_STAFF) Actor staff,
			@Valid @ModelAttribute("form") SigningForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Optional<DeclarationView> declaration = this.declarations.newestDeclaringForStaff(unitId, staff);
		if (declaration.isEmpty()) {
			return "redirect:/staf/unit/" + unitId + "/pencanangan";
		}
		if (!result.hasErrors()) {
			try {
				this.pact.record(declaration.get().id(), unitId, form.toDetails(), staff);
				redirect.addFlashAttribute("success", "pact.recorded");
				return "redirect:/staf/unit/" + unitId + "/pakta";
			}
			catch (PactRuleException ex) {
				reject(ex.getViolations(), result);
			}
		}
		else {
			// Every problem at once: the pact's own rules for the fields the form
			// accepted.
			reject(this.pact.violations(declaration.get().id(), unitId, form.toDetails(), staff), result);
		}
		return render(unitId, staff, null, 1, model);
	}

	@GetMapping("/{signingId}/ubah")
	String editForm(@PathVariable long unitId, @PathVariable long signingId,
			@ActingAs(ActorRole.AGENCY_STAFF) Actor staff, Model model) {
		PactSigningView signing = this.pact.signingForStaff(unitId, signingId, staff);
		model.addAttribute("form", SigningForm.of(signing));
		return editPage(unitId, signing, model);
	}

	/**
	 * A correction, checked by the same rules as a new signing, every problem at once.
	 */
	@PostMapping("/{signingId}/ubah")
	String correct(@PathVariable long unitId, @PathVariable long signingId,
			@ActingAs(ActorRole.AGENCY_STAFF) Actor staff, @Valid @ModelAttribute("form") SigningForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		PactSigningView signing = this.pact.signingForStaff(unitId, signingId, staff);
		if (!result.hasErrors()) {
			try {
				this.pact.correct(unitId, signingId, form.toDetails(), staff);
				redirect.addFlashAttribute("success", "pact.corrected");
				return "redirect:/staf/unit/" + unitId + "/pakta";
			}
			catch (PactRuleException ex) {
				reject(ex.getViolations(), result);
			}
		}
		return editPage(unitId, signing, model);
	}

	/** Check before it counts: whose signing goes, and that the trail keeps it. */
	@GetMapping("/{signingId}/hapus")
	String removeCheck(@PathVariable long unitId, @PathVariable long signingId,
			@ActingAs(ActorRole.AGENCY_STAFF) Actor staff, Model model) {
		model.addAttribute("signing", this.pact.signingForStaff(unitId, signingId, staff));
		return "pact/signing-remove";
	}

	@PostMapping("/{signingId}/hapus")
	String remove(@PathVariable long unitId, @PathVariable long signingId,
			@ActingAs(ActorRole.AGENCY_STAFF) Actor staff, RedirectAttributes redirect) {
		this.pact.remove(unitId, signingId, staff);
		redirect.addFlashAttribute("success", "pact.removed");
		return "redirect:/staf/unit/" + unitId + "/pakta";
	}

	private String editPage(long unitId, PactSigningView signing, Model model) {
		model.addAttribute("signing", signing);
		return "pact/signing-edit";
	}

	@PostMapping("/impor")
	String importCsv(@PathVariable long unitId, @ActingAs(ActorRole.AGENCY_STAFF) Actor staff,
			@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		Optional<DeclarationView> declaration = this.declarations.newestDeclaringForStaff(unitId, staff);
		if (declaration.isEmpty()) {
			return "redirect:/staf/unit/" + unitId + "/pencanangan";
		}
		try {
			PactImport imported = this.pact.importCsv(declaration.get().id(), unitId,
					(file != null) ? file.getBytes() : new byte[0], staff);
			redirect.addFlashAttribute("imported", imported);
			return "redirect:/staf/unit/" + unitId + "/pakta";
		}
		catch (PactImportException ex) {
			model.addAttribute("importRefusal", ex);
			model.addAttribute("form", new SigningForm());
			return render(unitId, staff, null, 1, model);
		}
	}

	@GetMapping("/template.csv")
	void template(HttpServletResponse response) throws IOException {
		csv(response, "templat-pakta-integritas.csv");
		try (Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
			this.pact.writeTemplate(writer);
		}
	}

	@GetMapping("/ekspor.csv")
	void export(@PathVariable long unitId, @ActingAs(ActorRole.AGENCY_STAFF) Actor staff, HttpServletResponse response)
			throws IOException {
		Optional<DeclarationView> declaration = this.declarations.newestDeclaringForStaff(unitId, staff);
		csv(response, "pakta-integritas-" + this.institutions.workUnit(unitId).slug() + ".csv");
		try (Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
			if (declaration.isPresent()) {
				this.pact.exportCsv(declaration.get().id(), unitId, writer, staff);
			}
			else {
				this.pact.writeTemplate(writer);
			}
		}
	}

	private String render(long unitId, Actor staff, String search, int page, Model model) {
		WorkUnitSummary unit = (WorkUnitSummary) model.getAttribute("unit");
		Optional<PactService.SigningList> list = this.pact.signingList(unitId, unit.staffCount(), search,
				new PageRequest(page, PAGE_SIZE), staff);
		model.addAttribute("declaration", list.map(PactService.SigningList::declaration).orElse(null));
		model.addAttribute("declaringUnit",
				list.map(PactService.SigningList::declaration)
					.filter((found) -> found.declaredWith(unitId))
					.map((found) -> this.institutions.workUnit(found.workUnitId()))
					.orElse(null));
		model.addAttribute("search", search);
		list.ifPresent((found) -> {
			Locale locale = LocaleContextHolder.getLocale();
			String listHref = ServletUriComponentsBuilder.fromCurrentContextPath()
				.path("/staf/unit/{unit}/pakta")
				.buildAndExpand(unitId)
				.getPath();
			model.addAttribute("page", found.signings());
			model.addAttribute("rows", SigningRow.of(found.signings().items(), listHref, this.texts, locale));
			model.addAttribute("coverage", found.coverage());
		});
		return "pact/signings";
	}

	private static void reject(List<PactRuleException.Violation> violations, BindingResult result) {
		for (PactRuleException.Violation violation : violations) {
			if (!result.hasFieldErrors(violation.field())) {
				result.rejectValue(violation.field(), violation.reason().messageKey(), violation.arguments(), null);
			}
		}
	}

	private static void csv(HttpServletResponse response, String fileName) {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
	}

}
