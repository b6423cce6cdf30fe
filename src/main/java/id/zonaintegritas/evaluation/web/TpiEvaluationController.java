package id.zonaintegritas.evaluation.web;

import java.util.Locale;

import id.zonaintegritas.assessment.AnswerProblemsView;
import id.zonaintegritas.assessment.AnswerRejectedException;
import id.zonaintegritas.assessment.AssessmentRuleException;
import id.zonaintegritas.assessment.EvaluationConflictException;
import id.zonaintegritas.assessment.EvaluationForm;
import id.zonaintegritas.assessment.Evaluator;
import id.zonaintegritas.evaluation.GateResult;
import id.zonaintegritas.evaluation.TpiDesk;
import id.zonaintegritas.evaluation.TpiEvaluationService;
import id.zonaintegritas.period.PeriodService;
import id.zonaintegritas.shared.ActingAs;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ActorRole;
import id.zonaintegritas.shared.DomainRuleException;
import id.zonaintegritas.shared.NotFoundException;
import id.zonaintegritas.shared.web.Refusals;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
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
 * The TPI's desk evaluation of a unit's LKE: the overview with the unit's and the TPI's
 * scores side by side and the gate, an area at a time with the TPI's own answers, the
 * return of chosen questions to the unit, and the lead's approval of the LHE after a
 * check of what it will do. A refused save keeps what was typed (422); a save over
 * another evaluator's keeps it too, and shows theirs beside it (409).
 */
@Controller
@RequestMapping("/inspektorat/unit/{unitId}/evaluasi")
class TpiEvaluationController {

	private final TpiEvaluationService evaluations;

	private final PeriodService periods;

	private final MessageSource messages;

	TpiEvaluationController(TpiEvaluationService evaluations, PeriodService periods, MessageSource messages) {
		this.evaluations = evaluations;
		this.periods = periods;
		this.messages = messages;
	}

	@GetMapping
	String overview(@PathVariable long unitId, @RequestParam(name = "tahun", required = false) Integer tahun,
			@ActingAs(ActorRole.REVIEWER) Actor reviewer, Model model, Locale locale) {
		int year = year(tahun);
		try {
			return overviewPage(this.evaluations.desk(unitId, year, reviewer), new ReturnForm(), model);
		}
		catch (AssessmentRuleException ex) {
			return waiting(unitId, year, ex, model, locale);
		}
	}

	@GetMapping("/area/{areaCode}")
	String area(@PathVariable long unitId, @PathVariable String areaCode,
			@RequestParam(name = "tahun", required = false) Integer tahun, @ActingAs(ActorRole.REVIEWER) Actor reviewer,
			Model model) {
		TpiDesk desk = this.evaluations.desk(unitId, year(tahun), reviewer);
		return areaPage(desk, areaCode, EvaluationForm.of(desk.sheet().tpi().answers()), AnswerProblemsView.NONE,
				model);
	}

	@PostMapping("/area/{areaCode}")
	String save(@PathVariable long unitId, @PathVariable String areaCode,
			@RequestParam(name = "tahun", required = false) Integer tahun, @ActingAs(ActorRole.REVIEWER) Actor reviewer,
			@ModelAttribute("form") EvaluationForm form, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response, Locale locale) {
		int year = year(tahun);
		AnswerProblemsView problems = AnswerProblemsView.NONE;
		try {
			int saved = this.evaluations.save(unitId, year, form.inputs(), form.stands(), form.seen(), reviewer);
			redirect.addFlashAttribute("saved", saved);
			return "redirect:/inspektorat/unit/" + unitId + "/evaluasi/area/" + areaCode + "?tahun=" + year;
		}
		catch (AnswerRejectedException ex) {
			Refusals.show(ex, model, this.messages, locale);
			problems = AnswerProblemsView.of(ex.getProblems(), this.messages, locale);
		}
		catch (EvaluationConflictException ex) {
			Refusals.show(ex, model, this.messages, locale);
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("conflicts", ex.getCodes());
		}
		catch (DomainRuleException ex) {
			Refusals.show(ex, model, this.messages, locale);
		}
		TpiDesk desk = this.evaluations.desk(unitId, year, reviewer);
		form.seeRevisionsOf(desk.sheet().tpi().answers());
		return areaPage(desk, areaCode, form, problems, model);
	}

	@PostMapping("/kembalikan")
	String returnQuestions(@PathVariable long unitId, @RequestParam(name = "tahun", required = false) Integer tahun,
			@ActingAs(ActorRole.REVIEWER) Actor reviewer, @ModelAttribute("returnForm") ReturnForm form,
			BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
		int year = year(tahun);
		if (form.isChange()) {
			return overviewPage(this.evaluations.desk(unitId, year, reviewer), form, model);
		}
		if (form.toCheck() && !form.getChosen().isEmpty()) {
			// Check before it counts: which questions go back, with which notes.
			TpiDesk desk = this.evaluations.desk(unitId, year, reviewer);
			model.addAttribute("desk", desk);
			model.addAttribute("returnForm", form);
			model.addAttribute("year", year);
			model.addAttribute("returning",
					desk.sheet()
						.returnable()
						.stream()
						.filter((question) -> form.getChosen().contains(question.code()))
						.toList());
			return "evaluation/return-check";
		}
		try {
			this.evaluations.returnQuestions(unitId, year, form.chosenNotes(), reviewer);
			redirect.addFlashAttribute("success", "tpi.evaluation.returned");
			return "redirect:/inspektorat/unit/" + unitId + "/evaluasi?tahun=" + year;
		}
		catch (DomainRuleException ex) {
			Refusals.show(ex, model, this.messages, locale);
			return overviewPage(this.evaluations.desk(unitId, year, reviewer), form, model);
		}
	}

	/** Check before it counts: the LHE's scores, the gate, and what approving will do. */
	@GetMapping("/setujui")
	String approval(@PathVariable long unitId, @RequestParam(name = "tahun", required = false) Integer tahun,
			@ActingAs(ActorRole.REVIEWER) Actor reviewer, Model model, Locale locale) {
		int year = year(tahun);
		ApprovalForm form = new ApprovalForm();
		form.setLheDate(this.periods.today());
		try {
			return approvalPage(this.evaluations.desk(unitId, year, reviewer), form, model);
		}
		catch (AssessmentRuleException ex) {
			return waiting(unitId, year, ex, model, locale);
		}
	}

	/** The unit has not submitted its LKE of the period: nothing to evaluate yet. */
	private String waiting(long unitId, int year, AssessmentRuleException ex, Model model, Locale locale) {
		model.addAttribute("unit", this.evaluations.unit(unitId));
		model.addAttribute("year", year);
		model.addAttribute("why", this.messages.getMessage(ex.getMessageKey(), ex.getArguments(), locale));
		return "evaluation/waiting";
	}

	@PostMapping("/setujui")
	String approve(@PathVariable long unitId, @RequestParam(name = "tahun", required = false) Integer tahun,
			@ActingAs(ActorRole.REVIEWER) Actor reviewer, @ModelAttribute("form") ApprovalForm form,
			BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
		int year = year(tahun);
		if (result.hasErrors()) {
			return approvalPage(this.evaluations.desk(unitId, year, reviewer), form, model);
		}
		try {
			GateResult gate = this.evaluations.approve(unitId, year, form.getLheNumber(), form.getLheDate(), reviewer);
			redirect.addFlashAttribute("success",
					gate.met() ? "tpi.evaluation.approvedGateMet" : "tpi.evaluation.approvedGateNotMet");
			return "redirect:/inspektorat/unit/" + unitId + "/evaluasi?tahun=" + year;
		}
		catch (AssessmentRuleException ex) {
			switch (ex.getReason()) {
				case LHE_REQUIRED -> {
					if (form.getLheNumber() == null || form.getLheNumber().isBlank()) {
						ex.rejectOn(result, "lheNumber");
					}
					if (form.getLheDate() == null) {
						ex.rejectOn(result, "lheDate");
					}
				}
				case LHE_DATE_IN_FUTURE -> ex.rejectOn(result, "lheDate");
				default -> Refusals.show(ex, model, this.messages, locale);
			}
		}
		catch (DomainRuleException ex) {
			Refusals.show(ex, model, this.messages, locale);
		}
		return approvalPage(this.evaluations.desk(unitId, year, reviewer), form, model);
	}

	@ModelAttribute("tpiEvaluator")
	Evaluator tpiEvaluator() {
		return Evaluator.TPI;
	}

	private String overviewPage(TpiDesk desk, ReturnForm form, Model model) {
		model.addAttribute("desk", desk);
		model.addAttribute("returnForm", form);
		model.addAttribute("year", desk.sheet().assessment().year());
		return "evaluation/desk";
	}

	private String areaPage(TpiDesk desk, String areaCode, EvaluationForm form, AnswerProblemsView problems,
			Model model) {
		long unitId = desk.sheet().unit().id();
		model.addAttribute("sheet", desk.sheet());
		model.addAttribute("evaluator", Evaluator.TPI);
		model.addAttribute("editableNow", desk.evaluator());
		model.addAttribute("base", "/inspektorat/unit/" + unitId + "/evaluasi");
		model.addAttribute("evidenceBase", "/inspektorat/unit/" + unitId + "/lke/dokumen");
		model.addAttribute("area",
				desk.sheet()
					.version()
					.area(areaCode)
					.orElseThrow(() -> new NotFoundException("lke.areaNotFound", areaCode)));
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		model.addAttribute("year", desk.sheet().assessment().year());
		return "evaluation/desk-area";
	}

	private String approvalPage(TpiDesk desk, ApprovalForm form, Model model) {
		model.addAttribute("desk", desk);
		model.addAttribute("form", form);
		model.addAttribute("year", desk.sheet().assessment().year());
		return "evaluation/approve";
	}

	private int year(Integer tahun) {
		return (tahun != null) ? tahun : this.periods.today().getYear();
	}

}
