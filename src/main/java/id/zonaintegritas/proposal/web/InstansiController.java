package id.zonaintegritas.proposal.web;

import java.util.List;
import java.util.Locale;

import id.zonaintegritas.assessment.Evaluator;
import id.zonaintegritas.period.PeriodService;
import id.zonaintegritas.proposal.InstansiOverview;
import id.zonaintegritas.proposal.Proposal;
import id.zonaintegritas.proposal.ProposalRuleException;
import id.zonaintegritas.proposal.ProposalService;
import id.zonaintegritas.proposal.UnitStanding;
import id.zonaintegritas.shared.ActingAs;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ActorRole;
import id.zonaintegritas.shared.DomainRuleException;
import id.zonaintegritas.shared.web.Refusals;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
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
 * The instansi head's workspace: the institution's units with their LHE and the gate, the
 * proposal of the eligible ones with its two letters, each proposal with what the TPN
 * decided, and the one objection per unit.
 */
@Controller
class InstansiController {

	private final ProposalService proposals;

	private final PeriodService periods;

	private final MessageSource messages;

	InstansiController(ProposalService proposals, PeriodService periods, MessageSource messages) {
		this.proposals = proposals;
		this.periods = periods;
		this.messages = messages;
	}

	@GetMapping("/instansi")
	String overview(@RequestParam(name = "tahun", required = false) Integer tahun,
			@ActingAs(ActorRole.INSTANSI_HEAD) Actor head, Model model) {
		ProposalForm form = new ProposalForm();
		form.setLetterDate(this.periods.today());
		return overviewPage(this.proposals.overview(head, year(tahun)), form, model);
	}

	@GetMapping("/instansi/unit/{unitId}")
	String unit(@PathVariable long unitId, @RequestParam(name = "tahun", required = false) Integer tahun,
			@ActingAs(ActorRole.INSTANSI_HEAD) Actor head, Model model) {
		int year = year(tahun);
		model.addAttribute("unit", this.proposals.unitOf(unitId, head));
		model.addAttribute("lhe", this.proposals.lheOf(unitId, year, head).orElse(null));
		model.addAttribute("year", year);
		model.addAttribute("tpiEvaluator", Evaluator.TPI);
		return "proposal/instansi-unit";
	}

	@PostMapping("/instansi/usulan")
	String propose(@RequestParam(name = "tahun", required = false) Integer tahun,
			@ActingAs(ActorRole.INSTANSI_HEAD) Actor head, @Valid @ModelAttribute("form") ProposalForm form,
			BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
		int year = year(tahun);
		if (form.toCheck()) {
			// Every problem at once: the service's rules beside the form's own.
			try {
				List<UnitStanding> chosen = this.proposals.check(head, year, form.getUnitIds(), form.getLetterNumber(),
						form.getLetterDate());
				if (!result.hasErrors()) {
					return checkPage(chosen, form, year, model);
				}
			}
			catch (ProposalRuleException ex) {
				ex.rejectOn(result, ex.getField());
			}
			catch (DomainRuleException ex) {
				Refusals.show(ex, model, this.messages, locale);
			}
		}
		else if (!result.hasErrors() && form.toCarryOut()) {
			try {
				Proposal proposal = this.proposals.propose(head, year, form.getUnitIds(), form.getLetterNumber(),
						form.getLetterDate(), Uploads.letter(form.getCoverLetter()), Uploads.letter(form.getSptjm()));
				redirect.addFlashAttribute("proposedNow", true);
				return "redirect:/instansi/usulan/" + proposal.id();
			}
			catch (ProposalRuleException ex) {
				ex.rejectOn(result, ex.getField());
			}
			catch (DomainRuleException ex) {
				Refusals.show(ex, model, this.messages, locale);
			}
			List<UnitStanding> chosen = this.proposals.overview(head, year)
				.units()
				.stream()
				.filter((row) -> form.getUnitIds().contains(row.unit().id()))
				.toList();
			return checkPage(chosen, form, year, model);
		}
		return overviewPage(this.proposals.overview(head, year), form, model);
	}

	/**
	 * Check before it counts: the units chosen, the letter, what proposing does; the
	 * letters' files are attached here.
	 */
	private String checkPage(List<UnitStanding> chosen, ProposalForm form, int year, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("year", year);
		model.addAttribute("chosen", chosen);
		return "proposal/proposal-check";
	}

	@GetMapping("/instansi/usulan/{proposalId}")
	String proposal(@PathVariable long proposalId, @ActingAs(ActorRole.INSTANSI_HEAD) Actor head, Model model) {
		model.addAttribute("proposal", this.proposals.proposal(proposalId, head));
		model.addAttribute("base", "/instansi/usulan/" + proposalId);
		return "proposal/proposal";
	}

	@GetMapping("/instansi/usulan/{proposalId}/surat-pengantar")
	ResponseEntity<byte[]> coverLetter(@PathVariable long proposalId, @ActingAs(ActorRole.INSTANSI_HEAD) Actor head) {
		return Uploads.inline(this.proposals.letter(proposalId, false, head));
	}

	@GetMapping("/instansi/usulan/{proposalId}/sptjm")
	ResponseEntity<byte[]> sptjm(@PathVariable long proposalId, @ActingAs(ActorRole.INSTANSI_HEAD) Actor head) {
		return Uploads.inline(this.proposals.letter(proposalId, true, head));
	}

	@PostMapping("/instansi/unit/{unitId}/sanggah")
	String object(@PathVariable long unitId, @RequestParam(name = "tahun", required = false) Integer tahun,
			@RequestParam(name = "objection", required = false) String objection,
			@RequestParam(name = "proposalId", required = false) Long proposalId,
			@ActingAs(ActorRole.INSTANSI_HEAD) Actor head, Model model, RedirectAttributes redirect, Locale locale) {
		int year = year(tahun);
		try {
			this.proposals.object(unitId, year, objection, head);
			redirect.addFlashAttribute("success", "proposal.objected");
			return (proposalId != null) ? "redirect:/instansi/usulan/" + proposalId
					: "redirect:/instansi?tahun=" + year;
		}
		catch (DomainRuleException ex) {
			Refusals.show(ex, model, this.messages, locale);
			model.addAttribute("objectionUnit", unitId);
			model.addAttribute("objectionText", objection);
			if (proposalId == null) {
				ProposalForm form = new ProposalForm();
				form.setLetterDate(this.periods.today());
				return overviewPage(this.proposals.overview(head, year), form, model);
			}
			return proposal(proposalId, head, model);
		}
	}

	private String overviewPage(InstansiOverview overview, ProposalForm form, Model model) {
		model.addAttribute("view", overview);
		model.addAttribute("form", form);
		model.addAttribute("year", overview.year());
		return "proposal/instansi";
	}

	private int year(Integer tahun) {
		return (tahun != null) ? tahun : this.periods.today().getYear();
	}

}
