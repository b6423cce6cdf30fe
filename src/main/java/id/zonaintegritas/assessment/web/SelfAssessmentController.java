package id.zonaintegritas.assessment.web;

import java.io.IOException;
import java.util.Locale;

import id.zonaintegritas.assessment.AnswerProblemsView;
import id.zonaintegritas.assessment.AnswerRejectedException;
import id.zonaintegritas.assessment.LkeAreaPage;
import id.zonaintegritas.assessment.LkeQuestionPage;
import id.zonaintegritas.assessment.SelfAssessmentPages;
import id.zonaintegritas.assessment.SelfAssessmentService;
import id.zonaintegritas.shared.ActingAs;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ActorRole;
import id.zonaintegritas.shared.DomainRuleException;
import id.zonaintegritas.shared.web.Refusals;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The unit's staff fill their LKE: start it, split the areas, answer an area at a time (a
 * button saves the page; with JavaScript each answer saves as it is given), attach
 * evidence and tick the checklist per question, check it and submit it. A refused save
 * shows the page again with what was typed and why, and saves nothing.
 */
@Controller
@RequestMapping("/staf/unit/{unitId}/lke")
class SelfAssessmentController {

	private final SelfAssessmentService assessments;

	private final SelfAssessmentPages pages;

	private final MessageSource messages;

	SelfAssessmentController(SelfAssessmentService assessments, SelfAssessmentPages pages, MessageSource messages) {
		this.assessments = assessments;
		this.pages = pages;
		this.messages = messages;
	}

	@PostMapping("/mulai")
	String start(@PathVariable long unitId, @RequestParam(name = "tahun", required = false) Integer tahun,
			@ActingAs(ActorRole.AGENCY_STAFF) Actor staff, RedirectAttributes redirect) {
		int year = period(tahun);
		this.assessments.start(unitId, year, staff);
		redirect.addFlashAttribute("success", "lke.started");
		return redirectTo(unitId, "", year);
	}

	@PostMapping("/penugasan")
	String assign(@PathVariable long unitId, @RequestParam(name = "tahun", required = false) Integer tahun,
			@ActingAs(ActorRole.AGENCY_STAFF) Actor staff, @ModelAttribute("assignment") AssignmentForm form,
			BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
		int year = period(tahun);
		try {
			this.assessments.assign(unitId, year, form.getAreas(), staff);
			redirect.addFlashAttribute("success", "lke.assigned");
			return redirectTo(unitId, "", year);
		}
		catch (DomainRuleException ex) {
			refused(ex, result, model, locale);
			model.addAttribute("view", this.pages.overview(unitId, year, staff));
			model.addAttribute("base", LkeViews.base(staff, unitId));
			return "assessment/overview";
		}
	}

	@PostMapping("/area/{areaCode}")
	String saveArea(@PathVariable long unitId, @PathVariable String areaCode,
			@RequestParam(name = "tahun", required = false) Integer tahun,
			@ActingAs(ActorRole.AGENCY_STAFF) Actor staff, @ModelAttribute("form") AnswersForm form,
			BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
		int year = period(tahun);
		AnswerProblemsView problems = AnswerProblemsView.NONE;
		try {
			int changed = this.assessments.saveAnswers(unitId, year, form.inputs(), staff);
			redirect.addFlashAttribute("saved", changed);
			return redirectTo(unitId, "/area/" + areaCode, year);
		}
		catch (AnswerRejectedException ex) {
			refused(ex, result, model, locale);
			problems = AnswerProblemsView.of(ex.getProblems(), this.messages, locale);
		}
		catch (DomainRuleException ex) {
			refused(ex, result, model, locale);
		}
		return LkeViews.areaPage(this.pages.area(unitId, year, areaCode, staff), form, problems, staff, model);
	}

	/**
	 * Saves one question's answer. Sent by htmx from an area page as the answer is given,
	 * it answers with the question and the area's scores; sent by a question page's
	 * button, it goes back to that page.
	 */
	@PostMapping("/soal/{code}")
	String saveQuestion(@PathVariable long unitId, @PathVariable String code,
			@RequestParam(name = "tahun", required = false) Integer tahun,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@ActingAs(ActorRole.AGENCY_STAFF) Actor staff, @ModelAttribute("form") AnswersForm form,
			BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
		int year = period(tahun);
		AnswerProblemsView problems = AnswerProblemsView.NONE;
		try {
			int changed = this.assessments.saveAnswers(unitId, year, form.input(code), staff);
			if (htmx == null) {
				redirect.addFlashAttribute("saved", changed);
				return redirectTo(unitId, "/soal/" + code, year);
			}
		}
		catch (AnswerRejectedException ex) {
			refused(ex, result, model, locale);
			problems = AnswerProblemsView.of(ex.getProblems(), this.messages, locale);
		}
		catch (DomainRuleException ex) {
			refused(ex, result, model, locale);
		}
		if (htmx != null) {
			LkeAreaPage view = this.pages.areaOfQuestion(unitId, year, code, staff);
			AnswersForm shown = result.hasErrors() ? form : AnswersForm.of(view.answers());
			model.addAttribute("code", code);
			model.addAttribute("justSaved", !result.hasErrors());
			LkeViews.areaPage(view, shown, problems, staff, model);
			return "assessment/area :: saved";
		}
		return LkeViews.questionPage(this.pages.question(unitId, year, code, staff), form, problems, staff, model);
	}

	@PostMapping("/soal/{code}/bukti")
	String attach(@PathVariable long unitId, @PathVariable String code,
			@RequestParam(name = "tahun", required = false) Integer tahun,
			@ActingAs(ActorRole.AGENCY_STAFF) Actor staff, @ModelAttribute("evidenceForm") EvidenceForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		int year = period(tahun);
		return evidenceChange(unitId, year, code, staff, "documentIds", "lke.evidence.attached", result, model,
				redirect, () -> this.assessments.attach(unitId, year, code, form.getDocumentIds(), staff));
	}

	@PostMapping("/soal/{code}/unggah")
	String upload(@PathVariable long unitId, @PathVariable String code,
			@RequestParam(name = "tahun", required = false) Integer tahun,
			@ActingAs(ActorRole.AGENCY_STAFF) Actor staff, @ModelAttribute("evidenceForm") EvidenceForm form,
			BindingResult result, Model model, RedirectAttributes redirect) throws IOException {
		int year = period(tahun);
		byte[] content = form.content();
		return evidenceChange(unitId, year, code, staff, "file", "lke.evidence.uploaded", result, model, redirect,
				() -> this.assessments.upload(unitId, year, code, form.fileName(), content, staff));
	}

	@PostMapping("/soal/{code}/bukti/{documentId}/lepas")
	String detach(@PathVariable long unitId, @PathVariable String code, @PathVariable long documentId,
			@RequestParam(name = "tahun", required = false) Integer tahun,
			@ActingAs(ActorRole.AGENCY_STAFF) Actor staff, @ModelAttribute("evidenceForm") EvidenceForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		int year = period(tahun);
		return evidenceChange(unitId, year, code, staff, "documentIds", "lke.evidence.detached", result, model,
				redirect, () -> this.assessments.detach(unitId, year, code, documentId, staff));
	}

	@PostMapping("/soal/{code}/daftar-periksa")
	String tick(@PathVariable long unitId, @PathVariable String code,
			@RequestParam(name = "tahun", required = false) Integer tahun,
			@ActingAs(ActorRole.AGENCY_STAFF) Actor staff, @ModelAttribute("evidenceForm") EvidenceForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		int year = period(tahun);
		return evidenceChange(unitId, year, code, staff, "itemIds", "lke.checklist.saved", result, model, redirect,
				() -> this.assessments.tick(unitId, year, code, form.getItemIds(), staff));
	}

	/** Check your answers: what is still missing, the scores, the gap to the minimums. */
	@GetMapping("/periksa")
	String check(@PathVariable long unitId, @RequestParam(name = "tahun", required = false) Integer tahun,
			@ActingAs(ActorRole.AGENCY_STAFF) Actor staff, Model model) {
		return checkPage(unitId, period(tahun), staff, model);
	}

	@PostMapping("/ajukan")
	String submit(@PathVariable long unitId, @RequestParam(name = "tahun", required = false) Integer tahun,
			@ActingAs(ActorRole.AGENCY_STAFF) Actor staff, Model model, RedirectAttributes redirect, Locale locale) {
		int year = period(tahun);
		try {
			this.assessments.submit(unitId, year, staff);
			redirect.addFlashAttribute("submittedNow", true);
			return redirectTo(unitId, "", year);
		}
		catch (DomainRuleException ex) {
			Refusals.show(ex, model, this.messages, locale);
			return checkPage(unitId, year, staff, model);
		}
	}

	/** The unit sends the questions the TPI returned back to it. */
	@PostMapping("/kirim-kembali")
	String resubmit(@PathVariable long unitId, @RequestParam(name = "tahun", required = false) Integer tahun,
			@ActingAs(ActorRole.AGENCY_STAFF) Actor staff, Model model, RedirectAttributes redirect, Locale locale) {
		int year = period(tahun);
		try {
			this.assessments.resubmit(unitId, year, staff);
			redirect.addFlashAttribute("success", "lke.returned.resubmitted");
			return redirectTo(unitId, "", year);
		}
		catch (DomainRuleException ex) {
			Refusals.show(ex, model, this.messages, locale);
			model.addAttribute("view", this.pages.overview(unitId, year, staff));
			model.addAttribute("base", LkeViews.base(staff, unitId));
			return "assessment/overview";
		}
	}

	private String checkPage(long unitId, int year, Actor staff, Model model) {
		model.addAttribute("view", this.pages.overview(unitId, year, staff));
		model.addAttribute("base", LkeViews.base(staff, unitId));
		return "assessment/check";
	}

	private int period(Integer tahun) {
		return (tahun != null) ? tahun : this.pages.currentYear();
	}

	/** Refused: the form is shown again (422) with why, in the reader's language. */
	private void refused(DomainRuleException ex, BindingResult result, Model model, Locale locale) {
		ex.rejectOn(result, null);
		model.addAttribute("refusal", this.messages.getMessage(ex.getMessageKey(), ex.getArguments(), locale));
	}

	/**
	 * A change of a question's evidence or checklist: back to the question's page with a
	 * notice, or, refused, the page again with why beside the field.
	 */
	private String evidenceChange(long unitId, int year, String code, Actor staff, String field, String done,
			BindingResult result, Model model, RedirectAttributes redirect, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("success", done);
			return redirectTo(unitId, "/soal/" + code, year);
		}
		catch (DomainRuleException ex) {
			ex.rejectOn(result, field);
			LkeQuestionPage view = this.pages.question(unitId, year, code, staff);
			return LkeViews.questionPage(view, LkeViews.formOf(view), AnswerProblemsView.NONE, staff, model);
		}
	}

	private static String redirectTo(long unitId, String path, int year) {
		return "redirect:/staf/unit/" + unitId + "/lke" + path + "?tahun=" + year;
	}

}
