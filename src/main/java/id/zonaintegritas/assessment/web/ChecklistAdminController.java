package id.zonaintegritas.assessment.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.zonaintegritas.assessment.ChecklistItem;
import id.zonaintegritas.assessment.ChecklistService;
import id.zonaintegritas.assessment.InstrumentService;
import id.zonaintegritas.assessment.LkeArea;
import id.zonaintegritas.assessment.LkeVersion;
import id.zonaintegritas.institution.InstitutionService;
import id.zonaintegritas.shared.ActingAs;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ActorRole;
import id.zonaintegritas.shared.DomainRuleException;
import id.zonaintegritas.shared.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Each institution's own evidence checklist per question of a version (not part of the
 * regulation): its administrator writes one expected document per line, an area at a
 * time; the units of the institution see it beside each question.
 */
@Controller
@RequestMapping("/admin/lke/daftar-periksa")
class ChecklistAdminController {

	private final ChecklistService checklists;

	private final InstrumentService instruments;

	private final InstitutionService institutions;

	ChecklistAdminController(ChecklistService checklists, InstrumentService instruments,
			InstitutionService institutions) {
		this.checklists = checklists;
		this.instruments = instruments;
		this.institutions = institutions;
	}

	@GetMapping
	String show(@RequestParam(name = "instansi", required = false) Long institutionId,
			@RequestParam(name = "versi", required = false) Long versionId,
			@RequestParam(name = "area", required = false) String areaCode, @ActingAs(ActorRole.ADMIN) Actor admin,
			Model model) {
		LkeVersion version = (versionId != null) ? this.instruments.version(versionId) : this.instruments.inForce();
		LkeArea area = area(version, areaCode);
		ChecklistForm form = new ChecklistForm();
		if (institutionId != null) {
			this.checklists.checklist(institutionId, version.id())
				.forEach((code, items) -> form.getItems()
					.put(code, String.join("\n", items.stream().map(ChecklistItem::text).toList())));
		}
		return page(institutionId, version, area, form, model);
	}

	@PostMapping
	String save(@RequestParam(name = "instansi", required = false) Long institutionId,
			@RequestParam(name = "versi", required = false) Long versionId,
			@RequestParam(name = "area", required = false) String areaCode, @ActingAs(ActorRole.ADMIN) Actor admin,
			@ModelAttribute("form") ChecklistForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		LkeVersion version = (versionId != null) ? this.instruments.version(versionId) : this.instruments.inForce();
		LkeArea area = area(version, areaCode);
		if (institutionId == null) {
			result.reject("lke.checklist.institutionMissing");
			return page(null, version, area, form, model);
		}
		this.institutions.institution(institutionId);
		try {
			this.checklists.replace(institutionId, version.id(), area.code(), form.lists(), admin);
			redirect.addFlashAttribute("success", "lke.checklist.adminSaved");
			return "redirect:/admin/lke/daftar-periksa?instansi=" + institutionId + "&versi=" + version.id() + "&area="
					+ area.code();
		}
		catch (DomainRuleException ex) {
			ex.rejectOn(result, null);
			return page(institutionId, version, area, form, model);
		}
	}

	private String page(Long institutionId, LkeVersion version, LkeArea area, ChecklistForm form, Model model) {
		model.addAttribute("institutions", this.institutions.institutionChoices());
		model.addAttribute("institution",
				(institutionId != null) ? this.institutions.institution(institutionId) : null);
		model.addAttribute("version", version);
		model.addAttribute("area", area);
		model.addAttribute("form", form);
		return "assessment/admin/checklist";
	}

	private static LkeArea area(LkeVersion version, String code) {
		if (code == null) {
			return version.areas().get(0);
		}
		return version.area(code).orElseThrow(() -> new NotFoundException("lke.areaNotFound", code));
	}

	/** Each question's items, one per line: {@code items[PPA1A]}. */
	public static class ChecklistForm {

		private Map<String, String> items = new LinkedHashMap<>();

		Map<String, List<String>> lists() {
			Map<String, List<String>> lists = new LinkedHashMap<>();
			this.items
				.forEach((code, text) -> lists.put(code, (text != null) ? List.of(text.split("\\R")) : List.of()));
			return lists;
		}

		public Map<String, String> getItems() {
			return this.items;
		}

		public void setItems(Map<String, String> items) {
			this.items = items;
		}

	}

}
