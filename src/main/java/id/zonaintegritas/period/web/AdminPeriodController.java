package id.zonaintegritas.period.web;

import id.zonaintegritas.period.PeriodDraft;
import id.zonaintegritas.period.PeriodRejectedException;
import id.zonaintegritas.period.PeriodService;
import id.zonaintegritas.shared.ActingAs;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ActorRole;
import id.zonaintegritas.shared.NotFoundException;

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
 * A national administrator sets each year's period: the windows for self-assessment, TPI
 * evaluation, proposals and TPN evaluation, and the day of designation. Dates that break
 * the calendar's rules come back with every problem beside its field.
 */
@Controller
@RequestMapping("/admin/periode")
class AdminPeriodController {

	private final PeriodService periods;

	AdminPeriodController(PeriodService periods) {
		this.periods = periods;
	}

	@GetMapping
	String list(@ActingAs(ActorRole.ADMIN) Actor admin, Model model) {
		model.addAttribute("periods", this.periods.all());
		model.addAttribute("today", this.periods.today());
		return "period/admin/periods";
	}

	@GetMapping("/baru")
	String newPeriod(@ActingAs(ActorRole.ADMIN) Actor admin, Model model) {
		int next = this.periods.all()
			.stream()
			.mapToInt((period) -> period.year() + 1)
			.max()
			.orElse(this.periods.today().getYear());
		return form(PeriodForm.usual(next), true, model);
	}

	@PostMapping("/baru")
	String create(@ActingAs(ActorRole.ADMIN) Actor admin, @ModelAttribute("form") PeriodForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		return save(form, null, result, model, redirect, admin);
	}

	@GetMapping("/{year}")
	String edit(@PathVariable int year, @ActingAs(ActorRole.ADMIN) Actor admin, Model model) {
		return form(
				PeriodForm.of(this.periods.of(year).orElseThrow(() -> new NotFoundException("period.notFound", year))),
				false, model);
	}

	@PostMapping("/{year}")
	String update(@PathVariable int year, @ActingAs(ActorRole.ADMIN) Actor admin,
			@ModelAttribute("form") PeriodForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		this.periods.of(year).orElseThrow(() -> new NotFoundException("period.notFound", year));
		form.setYear(year);
		return save(form, (form.getVersion() != null) ? form.getVersion() : -1L, result, model, redirect, admin);
	}

	private String save(PeriodForm form, Long version, BindingResult result, Model model, RedirectAttributes redirect,
			Actor admin) {
		boolean isNew = version == null;
		if (result.hasErrors()) {
			return form(form, isNew, model);
		}
		try {
			this.periods.save(form.draft(), version, admin);
			redirect.addFlashAttribute("success", isNew ? "period.created" : "period.changed");
			return "redirect:/admin/periode";
		}
		catch (PeriodRejectedException ex) {
			for (PeriodDraft.Problem problem : ex.getProblems()) {
				result.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), null);
			}
			return form(form, isNew, model);
		}
	}

	private static String form(PeriodForm form, boolean isNew, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("isNew", isNew);
		return "period/admin/period-form";
	}

}
