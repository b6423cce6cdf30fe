package id.zonaintegritas.institution.web;

import java.util.ArrayList;
import java.util.List;

import id.zonaintegritas.institution.InstitutionAdministration;
import id.zonaintegritas.institution.InstitutionKind;
import id.zonaintegritas.institution.InstitutionRuleException;
import id.zonaintegritas.institution.InstitutionService;
import id.zonaintegritas.institution.InstitutionView;
import id.zonaintegritas.institution.MovePreview;
import id.zonaintegritas.institution.WorkUnitMoves;
import id.zonaintegritas.institution.WorkUnitSummary;
import id.zonaintegritas.shared.ActingAs;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ActorRole;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators maintain institutions and their work units. */
@Controller
class AdminInstitutionController {

	private final InstitutionService institutions;

	private final InstitutionAdministration administration;

	private final WorkUnitMoves moves;

	AdminInstitutionController(InstitutionService institutions, InstitutionAdministration administration,
			WorkUnitMoves moves) {
		this.institutions = institutions;
		this.administration = administration;
		this.moves = moves;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("allKinds", InstitutionKind.values());
		model.addAttribute("allRegions", this.institutions.listRegions());
	}

	@GetMapping("/admin/instansi")
	String institutions(Model model) {
		model.addAttribute("institutions", this.institutions.listInstitutions());
		return "institution/admin/institutions";
	}

	@GetMapping("/admin/instansi/baru")
	String newInstitution(@ModelAttribute("form") InstitutionForm form) {
		return "institution/admin/institution-form";
	}

	@PostMapping("/admin/instansi/baru")
	String createInstitution(@ActingAs(ActorRole.ADMIN) Actor admin,
			@Valid @ModelAttribute("form") InstitutionForm form, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			alsoRefused(() -> this.administration.checkInstitution(form.toDetails(), null, admin), result);
		}
		else {
			try {
				InstitutionView created = this.administration.createInstitution(form.toDetails(), admin);
				redirect.addFlashAttribute("success", "admin.institution.saved");
				return "redirect:/admin/instansi/" + created.id();
			}
			catch (InstitutionRuleException ex) {
				ex.rejectOn(result);
			}
		}
		return "institution/admin/institution-form";
	}

	@GetMapping("/admin/instansi/{id}")
	String editInstitution(@PathVariable long id, Model model) {
		InstitutionView institution = this.institutions.institution(id);
		model.addAttribute("institution", institution);
		model.addAttribute("units", this.institutions.workUnitsOf(id));
		model.addAttribute("form", InstitutionForm.of(institution));
		return "institution/admin/institution-form";
	}

	@PostMapping("/admin/instansi/{id}")
	String updateInstitution(@PathVariable long id, @ActingAs(ActorRole.ADMIN) Actor admin,
			@Valid @ModelAttribute("form") InstitutionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			alsoRefused(() -> this.administration.checkInstitution(form.toDetails(), id, admin), result);
		}
		else {
			try {
				this.administration.updateInstitution(id, form.getVersion(), form.toDetails(), admin);
				redirect.addFlashAttribute("success", "admin.institution.saved");
				return "redirect:/admin/instansi";
			}
			catch (InstitutionRuleException ex) {
				ex.rejectOn(result);
			}
		}
		model.addAttribute("institution", this.institutions.institution(id));
		model.addAttribute("units", this.institutions.workUnitsOf(id));
		return "institution/admin/institution-form";
	}

	/**
	 * The region picker's "show": the form again, unsaved, with the chosen province's
	 * regencies and cities to choose from.
	 */
	@PostMapping(path = "/admin/instansi/baru", params = "tampilkanWilayah")
	String newInstitutionRegions(@ModelAttribute("form") InstitutionForm form) {
		return "institution/admin/institution-form";
	}

	@PostMapping(path = "/admin/instansi/{id}", params = "tampilkanWilayah")
	String institutionRegions(@PathVariable long id, @ModelAttribute("form") InstitutionForm form, Model model) {
		model.addAttribute("institution", this.institutions.institution(id));
		model.addAttribute("units", this.institutions.workUnitsOf(id));
		return "institution/admin/institution-form";
	}

	@PostMapping(path = "/admin/unit-kerja/baru", params = "tampilkanWilayah")
	String newWorkUnitRegions(@ActingAs({ ActorRole.ADMIN, ActorRole.INSTITUTION_ADMIN }) Actor admin,
			@ModelAttribute("form") WorkUnitForm form,
			@RequestParam(name = "institutionSearch", required = false) String search, Model model) {
		return newWorkUnitPage(form, search, model, admin);
	}

	/**
	 * The instansi picker's search: the form again, unsaved, with the instansi that
	 * match.
	 */
	@PostMapping(path = "/admin/unit-kerja/baru", params = "cariInstansi")
	String newWorkUnitInstitutions(@ActingAs({ ActorRole.ADMIN, ActorRole.INSTITUTION_ADMIN }) Actor admin,
			@ModelAttribute("form") WorkUnitForm form,
			@RequestParam(name = "institutionSearch", defaultValue = "") String search, Model model) {
		return newWorkUnitPage(form, search, model, admin);
	}

	/**
	 * The new unit's form: the instansi chosen (or given by the page it came from) and
	 * those a search found, at most twenty, to choose one of.
	 */
	private String newWorkUnitPage(WorkUnitForm form, String search, Model model, Actor admin) {
		boolean searched = search != null && !search.isBlank();
		List<InstitutionView> choices = new ArrayList<>();
		List<InstitutionView> administered = this.administration.institutionsFor(admin);
		if (administered.size() < this.institutions.listInstitutions().size()) {
			// An institution's administrator chooses among its own, always listed.
			model.addAttribute("institutionChoices", administered);
			model.addAttribute("institutionSearch", null);
			model.addAttribute("institutionSearched", false);
			return "institution/admin/work-unit-form";
		}
		if (form.getInstitutionId() != null) {
			choices.add(this.institutions.institution(form.getInstitutionId()));
		}
		if (searched) {
			this.institutions.findInstitutions(search, 20)
				.stream()
				.filter((institution) -> !Long.valueOf(institution.id()).equals(form.getInstitutionId()))
				.forEach(choices::add);
		}
		model.addAttribute("institutionChoices", choices);
		model.addAttribute("institutionSearch", search);
		model.addAttribute("institutionSearched", searched);
		return "institution/admin/work-unit-form";
	}

	@PostMapping(path = "/admin/unit-kerja/{id}", params = "tampilkanWilayah")
	String workUnitRegions(@PathVariable long id,
			@ActingAs({ ActorRole.ADMIN, ActorRole.INSTITUTION_ADMIN }) Actor admin,
			@ModelAttribute("form") WorkUnitForm form, Model model) {
		WorkUnitSummary unit = this.administration.workUnitFor(id, admin);
		form.setInstitutionId(unit.institutionId());
		form.setSlug(unit.slug());
		model.addAttribute("unit", unit);
		return "institution/admin/work-unit-form";
	}

	@GetMapping("/admin/unit-kerja")
	String workUnits(@ActingAs({ ActorRole.ADMIN, ActorRole.INSTITUTION_ADMIN }) Actor admin, Model model) {
		model.addAttribute("units", this.administration.workUnitsFor(admin));
		return "institution/admin/work-units";
	}

	@GetMapping("/admin/unit-kerja/baru")
	String newWorkUnit(@RequestParam(required = false) Long instansi,
			@ActingAs({ ActorRole.ADMIN, ActorRole.INSTITUTION_ADMIN }) Actor admin, Model model) {
		WorkUnitForm form = new WorkUnitForm();
		form.setInstitutionId(instansi);
		model.addAttribute("form", form);
		return newWorkUnitPage(form, null, model, admin);
	}

	@PostMapping("/admin/unit-kerja/baru")
	String createWorkUnit(@ActingAs({ ActorRole.ADMIN, ActorRole.INSTITUTION_ADMIN }) Actor admin,
			@Valid @ModelAttribute("form") WorkUnitForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			alsoRefused(() -> this.administration.checkWorkUnit(form.toDetails(), null, admin), result);
		}
		else {
			try {
				this.administration.createWorkUnit(form.toDetails(), admin);
				redirect.addFlashAttribute("success", "admin.workUnit.saved");
				return "redirect:/admin/unit-kerja";
			}
			catch (InstitutionRuleException ex) {
				ex.rejectOn(result);
			}
		}
		return newWorkUnitPage(form, null, model, admin);
	}

	@GetMapping("/admin/unit-kerja/{id}")
	String editWorkUnit(@PathVariable long id, @ActingAs({ ActorRole.ADMIN, ActorRole.INSTITUTION_ADMIN }) Actor admin,
			Model model) {
		WorkUnitSummary unit = this.administration.workUnitFor(id, admin);
		model.addAttribute("unit", unit);
		model.addAttribute("form", WorkUnitForm.of(unit));
		return "institution/admin/work-unit-form";
	}

	@PostMapping("/admin/unit-kerja/{id}")
	String updateWorkUnit(@PathVariable long id,
			@ActingAs({ ActorRole.ADMIN, ActorRole.INSTITUTION_ADMIN }) Actor admin,
			@Valid @ModelAttribute("form") WorkUnitForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		WorkUnitSummary unit = this.administration.workUnitFor(id, admin);
		form.setInstitutionId(unit.institutionId());
		form.setSlug(unit.slug());
		if (result.hasErrors()) {
			alsoRefused(() -> this.administration.checkWorkUnit(form.toDetails(), id, admin), result);
		}
		else {
			try {
				this.administration.updateWorkUnit(id, form.getVersion(), form.toDetails(), admin);
				redirect.addFlashAttribute("success", "admin.workUnit.saved");
				return "redirect:/admin/unit-kerja";
			}
			catch (InstitutionRuleException ex) {
				ex.rejectOn(result);
			}
		}
		model.addAttribute("unit", unit);
		return "institution/admin/work-unit-form";
	}

	@GetMapping("/admin/unit-kerja/{id}/pindah")
	String moveForm(@PathVariable long id, @ActingAs(ActorRole.ADMIN) Actor admin, Model model) {
		WorkUnitSummary unit = this.institutions.workUnit(id);
		MoveForm form = new MoveForm();
		form.setVersion(unit.version());
		return movePage(unit, form, model);
	}

	/**
	 * Check before it counts: the move as it will be recorded, or the form with every
	 * problem.
	 */
	@PostMapping("/admin/unit-kerja/{id}/pindah")
	String checkMove(@PathVariable long id, @ActingAs(ActorRole.ADMIN) Actor admin,
			@Valid @ModelAttribute("form") MoveForm form, BindingResult result, Model model) {
		WorkUnitSummary unit = this.institutions.workUnit(id);
		try {
			MovePreview preview = this.moves.check(id, form.toDetails(), admin);
			if (!result.hasErrors()) {
				model.addAttribute("preview", preview);
				return "institution/admin/move-check";
			}
		}
		catch (InstitutionRuleException ex) {
			ex.rejectOn(result);
		}
		return movePage(unit, form, model);
	}

	@PostMapping(path = "/admin/unit-kerja/{id}/pindah", params = "ubah")
	String changeMove(@PathVariable long id, @ActingAs(ActorRole.ADMIN) Actor admin,
			@ModelAttribute("form") MoveForm form, Model model) {
		return movePage(this.institutions.workUnit(id), form, model);
	}

	@PostMapping(path = "/admin/unit-kerja/{id}/pindah", params = "konfirmasi")
	String move(@PathVariable long id, @ActingAs(ActorRole.ADMIN) Actor admin,
			@Valid @ModelAttribute("form") MoveForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				MovePreview moved = this.moves.move(id, form.getVersion(), form.toDetails(), admin);
				redirect.addFlashAttribute("moved", moved.toInstitutionName());
				return "redirect:/admin/unit-kerja/" + id;
			}
			catch (InstitutionRuleException ex) {
				ex.rejectOn(result);
			}
		}
		return movePage(this.institutions.workUnit(id), form, model);
	}

	private String movePage(WorkUnitSummary unit, MoveForm form, Model model) {
		model.addAttribute("unit", unit);
		model.addAttribute("form", form);
		model.addAttribute("moves", this.moves.movesOf(unit.id()));
		return "institution/admin/move-form";
	}

	/** The service's rules beside the form's own, so that every problem shows at once. */
	private static void alsoRefused(Runnable check, BindingResult result) {
		try {
			check.run();
		}
		catch (InstitutionRuleException ex) {
			ex.rejectOn(result);
		}
	}

}
