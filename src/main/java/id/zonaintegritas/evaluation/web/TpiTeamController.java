package id.zonaintegritas.evaluation.web;

import java.util.Locale;

import id.zonaintegritas.evaluation.TpiTeam;
import id.zonaintegritas.evaluation.TpiTeamService;
import id.zonaintegritas.period.PeriodService;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The inspektorat puts its reviewers on TPI teams: the list of its institutions' units
 * with their team for a period, and a unit's team to set (each reviewer an evaluator, the
 * lead, or not on it).
 */
@Controller
class TpiTeamController {

	private final TpiTeamService teams;

	private final PeriodService periods;

	private final MessageSource messages;

	TpiTeamController(TpiTeamService teams, PeriodService periods, MessageSource messages) {
		this.teams = teams;
		this.periods = periods;
		this.messages = messages;
	}

	@GetMapping("/inspektorat/tim")
	String teams(@RequestParam(name = "tahun", required = false) Integer tahun,
			@ActingAs(ActorRole.REVIEWER) Actor reviewer, Model model) {
		int year = year(tahun);
		model.addAttribute("year", year);
		model.addAttribute("teams", this.teams.teamsOf(reviewer, year));
		return "evaluation/teams";
	}

	@GetMapping("/inspektorat/unit/{unitId}/tim")
	String team(@PathVariable long unitId, @RequestParam(name = "tahun", required = false) Integer tahun,
			@ActingAs(ActorRole.REVIEWER) Actor reviewer, Model model) {
		TpiTeam team = this.teams.team(unitId, year(tahun), reviewer);
		return form(team, TeamForm.of(team), reviewer, model);
	}

	@PostMapping("/inspektorat/unit/{unitId}/tim")
	String assign(@PathVariable long unitId, @RequestParam(name = "tahun", required = false) Integer tahun,
			@ActingAs(ActorRole.REVIEWER) Actor reviewer, @ModelAttribute("form") TeamForm form, BindingResult result,
			Model model, RedirectAttributes redirect, Locale locale) {
		int year = year(tahun);
		try {
			this.teams.assign(unitId, year, form.chosen(), reviewer);
			redirect.addFlashAttribute("success", "tpi.team.saved");
			return "redirect:/inspektorat/tim?tahun=" + year;
		}
		catch (DomainRuleException ex) {
			Refusals.show(ex, model, this.messages, locale);
			return form(this.teams.team(unitId, year, reviewer), form, reviewer, model);
		}
	}

	private String form(TpiTeam team, TeamForm form, Actor reviewer, Model model) {
		model.addAttribute("team", team);
		model.addAttribute("form", form);
		model.addAttribute("reviewers", this.teams.reviewersFor(team.unit().id(), reviewer));
		return "evaluation/team";
	}

	private int year(Integer tahun) {
		return (tahun != null) ? tahun : this.periods.today().getYear();
	}

}
