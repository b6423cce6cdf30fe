package id.zonaintegritas.survey.web;

import java.util.Locale;

import id.zonaintegritas.shared.ActingAs;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ActorRole;
import id.zonaintegritas.shared.web.Refusals;
import id.zonaintegritas.survey.Questionnaires;
import id.zonaintegritas.survey.SurveyKind;
import id.zonaintegritas.survey.SurveyRuleException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators draft and publish versions of the SPAK and SPKP questionnaires. */
@Controller
class SurveyAdminController {

	private final Questionnaires questionnaires;

	private final MessageSource messages;

	SurveyAdminController(Questionnaires questionnaires, MessageSource messages) {
		this.questionnaires = questionnaires;
		this.messages = messages;
	}

	@GetMapping("/admin/survei")
	String versions(@ActingAs(ActorRole.ADMIN) Actor admin, Model model) {
		model.addAttribute("versions", this.questionnaires.all(admin));
		model.addAttribute("kinds", SurveyKind.values());
		return "survey/admin";
	}

	@PostMapping("/admin/survei")
	String draft(@RequestParam(name = "kind", required = false) SurveyKind kind,
			@RequestParam(name = "items", required = false) String items, @ActingAs(ActorRole.ADMIN) Actor admin,
			Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
		try {
			if (kind == null) {
				throw new SurveyRuleException("kind", "survey.rule.kindRequired");
			}
			this.questionnaires.draft(kind, items, admin);
			redirect.addFlashAttribute("success", "survey.version.drafted");
			return "redirect:/admin/survei";
		}
		catch (SurveyRuleException ex) {
			Refusals.show(ex, model, this.messages, locale);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		model.addAttribute("versions", this.questionnaires.all(admin));
		model.addAttribute("kinds", SurveyKind.values());
		model.addAttribute("draftKind", kind);
		model.addAttribute("draftItems", items);
		return "survey/admin";
	}

	@PostMapping("/admin/survei/{id}/terbitkan")
	String publish(@PathVariable long id, @ActingAs(ActorRole.ADMIN) Actor admin, RedirectAttributes redirect) {
		this.questionnaires.publish(id, admin);
		redirect.addFlashAttribute("success", "survey.version.published");
		return "redirect:/admin/survei";
	}

}
