package id.zonaintegritas.proposal.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.function.Supplier;

import id.zonaintegritas.assessment.AnswerProblemsView;
import id.zonaintegritas.assessment.AnswerRejectedException;
import id.zonaintegritas.assessment.EvaluationConflictException;
import id.zonaintegritas.assessment.EvaluationForm;
import id.zonaintegritas.assessment.Evaluator;
import id.zonaintegritas.assessment.LkeEvaluations;
import id.zonaintegritas.period.PeriodService;
import id.zonaintegritas.proposal.ProposalRuleException;
import id.zonaintegritas.proposal.ProposalService;
import id.zonaintegritas.proposal.Selection;
import id.zonaintegritas.proposal.TpnDesk;
import id.zonaintegritas.proposal.TpnService;
import id.zonaintegritas.shared.ActingAs;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ActorRole;
import id.zonaintegritas.shared.DomainRuleException;
import id.zonaintegritas.shared.NotFoundException;
import id.zonaintegritas.shared.Predicate;
import id.zonaintegritas.shared.web.Refusals;
import id.zonaintegritas.workflow.WorkflowRuleException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The TPN's workspace: the proposals of a period; for each proposed unit its selection,
 * the answer to an objection, the evaluation beside the unit's and the TPI's, the field
 * notes and the result; and the revocation of a predicate.
 */
@Controller
class TpnController {

	private final TpnService tpn;

	private final ProposalService proposals;

	private final LkeEvaluations evaluations;

	private final PeriodService periods;

	private final MessageSource messages;

	TpnController(TpnService tpn, ProposalService proposals, LkeEvaluations evaluations, PeriodService periods,
			MessageSource messages) {
		this.tpn = tpn;
		this.proposals = proposals;
		this.evaluations = evaluations;
		this.periods = periods;
		this.messages = messages;
	}

	@GetMapping("/tpn")
	String proposals(@RequestParam(name = "tahun", required = false) Integer tahun,
			@RequestParam(name = "cari", required = false) String search, @ActingAs(ActorRole.TPN) Actor tpn,
			Model model) {
		int year = year(tahun);
		model.addAttribute("year", year);
		model.addAttribute("proposals", this.tpn.proposals(year, tpn));
		model.addAttribute("holderCount", this.tpn.holderCount(tpn));
		model.addAttribute("search", search);
		model.addAttribute("holders", this.tpn.holders(search, tpn));
		return "proposal/tpn";
	}

	@GetMapping("/tpn/usulan/{proposalId}/surat-pengantar")
	ResponseEntity<byte[]> coverLetter(@PathVariable long proposalId, @ActingAs(ActorRole.TPN) Actor tpn) {
		return Uploads.inline(this.proposals.letter(proposalId, false, tpn));
	}

	@GetMapping("/tpn/usulan/{proposalId}/sptjm")
	ResponseEntity<byte[]> sptjm(@PathVariable long proposalId, @ActingAs(ActorRole.TPN) Actor tpn) {
		return Uploads.inline(this.proposals.letter(proposalId, true, tpn));
	}

	@GetMapping("/tpn/unit/{unitId}")
	String unit(@PathVariable long unitId, @RequestParam(name = "tahun", required = false) Integer tahun,
			@ActingAs(ActorRole.TPN) Actor tpn, Model model) {
		TpnDesk desk = this.tpn.desk(unitId, year(tahun), tpn);
		ResultForm form = new ResultForm();
		form.setFieldNotes(desk.sheet().tpn().fieldNotes());
		form.setDecreeDate(this.periods.today());
		return unitPage(desk, form, model);
	}

	@PostMapping("/tpn/unit/{unitId}/seleksi")
	String select(@PathVariable long unitId, @RequestParam(name = "tahun", required = false) Integer tahun,
			@ActingAs(ActorRole.TPN) Actor tpn, @ModelAttribute("form") ResultForm form, BindingResult result,
			Model model, RedirectAttributes redirect, Locale locale) {
		int year = year(tahun);
		return step(unitId, year, tpn, form, result, model, redirect, locale, "proposal.selected",
				() -> this.tpn.select(unitId, year, form.getSelection(), form.getNotes(), tpn));
	}

	@PostMapping("/tpn/unit/{unitId}/sanggah")
	String answerObjection(@PathVariable long unitId, @RequestParam(name = "tahun", required = false) Integer tahun,
			@ActingAs(ActorRole.TPN) Actor tpn, @ModelAttribute("form") ResultForm form, BindingResult result,
			Model model, RedirectAttributes redirect, Locale locale) {
		int year = year(tahun);
		return step(unitId, year, tpn, form, result, model, redirect, locale, "proposal.objectionAnswered",
				() -> this.tpn.answerObjection(unitId, year, Boolean.TRUE.equals(form.getUpheld()), form.getAnswer(),
						tpn));
	}

	@PostMapping("/tpn/unit/{unitId}/catatan-lapangan")
	String fieldNotes(@PathVariable long unitId, @RequestParam(name = "tahun", required = false) Integer tahun,
			@ActingAs(ActorRole.TPN) Actor tpn, @ModelAttribute("form") ResultForm form, BindingResult result,
			Model model, RedirectAttributes redirect, Locale locale) {
		int year = year(tahun);
		return step(unitId, year, tpn, form, result, model, redirect, locale, "proposal.fieldNotesSaved",
				() -> this.tpn.fieldNotes(unitId, year, form.getFieldNotes(), tpn));
	}

	@PostMapping("/tpn/unit/{unitId}/penetapan")
	String designate(@PathVariable long unitId, @RequestParam(name = "tahun", required = false) Integer tahun,
			@ActingAs(ActorRole.TPN) Actor tpn, @ModelAttribute("form") ResultForm form, BindingResult result,
			Model model, RedirectAttributes redirect, Locale locale) {
		int year = year(tahun);
		String check = checkFirst("designate", unitId, year, tpn, form, result, model, locale);
		if (check != null) {
			return check;
		}
		return step(unitId, year, tpn, form, result, model, redirect, locale, "proposal.designated", () -> this.tpn
			.designate(unitId, year, form.getDecreeNumber(), form.getDecreeDate(), fileName(form), bytes(form), tpn),
				() -> tpnCheck("designate", unitId, year, tpn, form, model));
	}

	@PostMapping("/tpn/unit/{unitId}/tidak-ditetapkan")
	String notDesignated(@PathVariable long unitId, @RequestParam(name = "tahun", required = false) Integer tahun,
			@ActingAs(ActorRole.TPN) Actor tpn, @ModelAttribute("form") ResultForm form, BindingResult result,
			Model model, RedirectAttributes redirect, Locale locale) {
		int year = year(tahun);
		String check = checkFirst("notDesignated", unitId, year, tpn, form, result, model, locale);
		if (check != null) {
			return check;
		}
		return step(unitId, year, tpn, form, result, model, redirect, locale, "proposal.notDesignated",
				() -> this.tpn.notDesignated(unitId, year, form.getReason(), tpn),
				() -> unitPage(this.tpn.desk(unitId, year, tpn), form, model));
	}

	/**
	 * The first submit of a result that cannot be taken back: the check page when what it
	 * needs is there, the form again with what is missing, or the form again when the
	 * check page asks to change; {@code null} once confirmed.
	 */
	private String checkFirst(String mode, long unitId, int year, Actor tpn, ResultForm form, BindingResult result,
			Model model, Locale locale) {
		if (form.toCarryOut()) {
			return null;
		}
		if (form.toCheck() && checked(mode, form, result, model, locale, () -> {
			if ("designate".equals(mode)) {
				this.tpn.checkDesignation(unitId, year, form.getDecreeNumber(), form.getDecreeDate(), tpn);
			}
			else {
				this.tpn.checkNotDesignated(unitId, year, tpn);
			}
		})) {
			return tpnCheck(mode, unitId, year, tpn, form, model);
		}
		return unitPage(this.tpn.desk(unitId, year, tpn), form, model);
	}

	/**
	 * Everything a result needs, checked before its check page: what the form lacks and
	 * what the rules refuse, each beside its field, so that confirming is refused only
	 * for the decree's file.
	 * @return whether the check page may be shown
	 */
	private boolean checked(String mode, ResultForm form, BindingResult result, Model model, Locale locale,
			Runnable serviceCheck) {
		form.requireForCheck(mode, result);
		try {
			serviceCheck.run();
		}
		catch (ProposalRuleException ex) {
			refuse(ex, ex.getField(), result, model, locale);
		}
		catch (WorkflowRuleException ex) {
			refuse(ex, ResultForm.fieldOf(ex.getReason()), result, model, locale);
		}
		catch (DomainRuleException ex) {
			refuse(ex, null, result, model, locale);
		}
		return !result.hasErrors() && !model.containsAttribute("refusal");
	}

	private void refuse(DomainRuleException ex, String field, BindingResult result, Model model, Locale locale) {
		if (field == null) {
			Refusals.show(ex, model, this.messages, locale);
		}
		else if (!result.hasFieldErrors(field)) {
			ex.rejectOn(result, field);
		}
	}

	private String tpnCheck(String mode, long unitId, int year, Actor tpn, ResultForm form, Model model) {
		TpnDesk desk = this.tpn.desk(unitId, year, tpn);
		model.addAttribute("mode", mode);
		model.addAttribute("form", form);
		model.addAttribute("unitName", desk.proposed().unit().name());
		model.addAttribute("predicate", "designate".equals(mode) ? desk.proposed().predicate() : null);
		model.addAttribute("action", "/tpn/unit/" + unitId
				+ ("designate".equals(mode) ? "/penetapan" : "/tidak-ditetapkan") + "?tahun=" + year);
		model.addAttribute("cancel", "/tpn/unit/" + unitId + "?tahun=" + year);
		return "proposal/tpn-check";
	}

	@GetMapping("/tpn/unit/{unitId}/area/{areaCode}")
	String area(@PathVariable long unitId, @PathVariable String areaCode,
			@RequestParam(name = "tahun", required = false) Integer tahun, @ActingAs(ActorRole.TPN) Actor tpn,
			Model model) {
		TpnDesk desk = this.tpn.desk(unitId, year(tahun), tpn);
		return areaPage(desk, areaCode, EvaluationForm.of(desk.sheet().tpn().answers()), AnswerProblemsView.NONE,
				model);
	}

	@PostMapping("/tpn/unit/{unitId}/area/{areaCode}")
	String saveArea(@PathVariable long unitId, @PathVariable String areaCode,
			@RequestParam(name = "tahun", required = false) Integer tahun, @ActingAs(ActorRole.TPN) Actor tpn,
			@ModelAttribute("form") EvaluationForm form, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response, Locale locale) {
		int year = year(tahun);
		AnswerProblemsView problems = AnswerProblemsView.NONE;
		try {
			int saved = this.tpn.save(unitId, year, form.inputs(), form.stands(), form.seen(), tpn);
			redirect.addFlashAttribute("saved", saved);
			return "redirect:/tpn/unit/" + unitId + "/area/" + areaCode + "?tahun=" + year;
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
		TpnDesk desk = this.tpn.desk(unitId, year, tpn);
		form.seeRevisionsOf(desk.sheet().tpn().answers());
		return areaPage(desk, areaCode, form, problems, model);
	}

	@GetMapping("/tpn/unit/{unitId}/bukti/{documentId}")
	ResponseEntity<byte[]> evidence(@PathVariable long unitId, @PathVariable long documentId,
			@RequestParam(name = "tahun", required = false) Integer tahun, @ActingAs(ActorRole.TPN) Actor tpn) {
		int year = year(tahun);
		this.tpn.desk(unitId, year, tpn);
		return Uploads.inline(this.evaluations.evidence(unitId, year, documentId));
	}

	@GetMapping("/tpn/unit/{unitId}/sk/{documentId}")
	ResponseEntity<byte[]> decree(@PathVariable long unitId, @PathVariable long documentId,
			@ActingAs(ActorRole.TPN) Actor tpn) {
		return Uploads.inline(this.tpn.decree(unitId, documentId, tpn));
	}

	@GetMapping("/tpn/unit/{unitId}/pencabutan")
	String revocation(@PathVariable long unitId, @ActingAs(ActorRole.TPN) Actor tpn, Model model) {
		ResultForm form = new ResultForm();
		form.setDecreeDate(this.periods.today());
		return revocationPage(unitId, tpn, form, model);
	}

	@PostMapping("/tpn/unit/{unitId}/pencabutan")
	String revoke(@PathVariable long unitId, @ActingAs(ActorRole.TPN) Actor tpn,
			@ModelAttribute("form") ResultForm form, BindingResult result, Model model, RedirectAttributes redirect,
			Locale locale) {
		if (form.toCheck() && checked("revoke", form, result, model, locale, () -> this.tpn.checkRevocation(unitId,
				form.getPredicate(), form.getReason(), form.getDecreeNumber(), form.getDecreeDate(), tpn))) {
			return revocationCheck(unitId, tpn, form, model);
		}
		if (!result.hasErrors() && form.toCarryOut()) {
			try {
				this.tpn.revoke(unitId, form.getPredicate(), form.getReason(), form.getDecreeNumber(),
						form.getDecreeDate(), fileName(form), bytes(form), tpn);
				redirect.addFlashAttribute("success", "proposal.revoked");
				return "redirect:/tpn/unit/" + unitId + "/pencabutan";
			}
			catch (ProposalRuleException ex) {
				ex.rejectOn(result, ex.getField());
			}
			catch (DomainRuleException ex) {
				Refusals.show(ex, model, this.messages, locale);
			}
			return revocationCheck(unitId, tpn, form, model);
		}
		return revocationPage(unitId, tpn, form, model);
	}

	private String revocationCheck(long unitId, Actor tpn, ResultForm form, Model model) {
		model.addAttribute("mode", "revoke");
		model.addAttribute("form", form);
		model.addAttribute("unitName", this.tpn.unit(unitId, tpn).name());
		model.addAttribute("predicate", form.getPredicate());
		model.addAttribute("action", "/tpn/unit/" + unitId + "/pencabutan");
		model.addAttribute("cancel", "/tpn/unit/" + unitId + "/pencabutan");
		return "proposal/tpn-check";
	}

	private String revocationPage(long unitId, Actor tpn, ResultForm form, Model model) {
		model.addAttribute("programme", this.tpn.programme(unitId, tpn));
		model.addAttribute("unitId", unitId);
		if (form.getPredicate() == null) {
			form.setPredicate(this.tpn.programme(unitId, tpn).heldPredicate());
		}
		model.addAttribute("form", form);
		model.addAttribute("predicates", Predicate.values());
		return "proposal/tpn-revoke";
	}

	/**
	 * A step on a proposed unit: done, back to its page with a notice; refused, the page
	 * again with why beside the field and what was typed (422).
	 */
	private String step(long unitId, int year, Actor tpn, ResultForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale, String done, Runnable command) {
		return step(unitId, year, tpn, form, result, model, redirect, locale, done, command,
				() -> unitPage(this.tpn.desk(unitId, year, tpn), form, model));
	}

	private String step(long unitId, int year, Actor tpn, ResultForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale, String done, Runnable command, Supplier<String> refused) {
		if (!result.hasErrors()) {
			try {
				command.run();
				redirect.addFlashAttribute("success", done);
				return "redirect:/tpn/unit/" + unitId + "?tahun=" + year;
			}
			catch (ProposalRuleException ex) {
				if (ex.getField() != null) {
					ex.rejectOn(result, ex.getField());
				}
				else {
					Refusals.show(ex, model, this.messages, locale);
				}
			}
			catch (DomainRuleException ex) {
				Refusals.show(ex, model, this.messages, locale);
			}
		}
		return refused.get();
	}

	private String unitPage(TpnDesk desk, ResultForm form, Model model) {
		model.addAttribute("desk", desk);
		model.addAttribute("form", form);
		model.addAttribute("year", desk.proposed().year());
		model.addAttribute("tpnEvaluator", Evaluator.TPN);
		model.addAttribute("selections", Selection.values());
		return "proposal/tpn-unit";
	}

	private String areaPage(TpnDesk desk, String areaCode, EvaluationForm form, AnswerProblemsView problems,
			Model model) {
		long unitId = desk.sheet().unit().id();
		model.addAttribute("sheet", desk.sheet());
		model.addAttribute("evaluator", Evaluator.TPN);
		model.addAttribute("editableNow", desk.evaluating());
		model.addAttribute("base", "/tpn/unit/" + unitId);
		model.addAttribute("evidenceBase", "/tpn/unit/" + unitId + "/bukti");
		model.addAttribute("area",
				desk.sheet()
					.version()
					.area(areaCode)
					.orElseThrow(() -> new NotFoundException("lke.areaNotFound", areaCode)));
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		model.addAttribute("year", desk.proposed().year());
		return "evaluation/desk-area";
	}

	private static String fileName(ResultForm form) {
		return (form.getDecreeFile() != null) ? form.getDecreeFile().getOriginalFilename() : null;
	}

	private static byte[] bytes(ResultForm form) {
		try {
			return (form.getDecreeFile() != null && !form.getDecreeFile().isEmpty()) ? form.getDecreeFile().getBytes()
					: null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private int year(Integer tahun) {
		return (tahun != null) ? tahun : this.periods.today().getYear();
	}

}
