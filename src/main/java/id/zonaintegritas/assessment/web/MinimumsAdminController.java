package id.zonaintegritas.assessment.web;

import java.math.BigDecimal;
import java.util.Locale;

import id.zonaintegritas.assessment.InstrumentService;
import id.zonaintegritas.assessment.LkeVersion;
import id.zonaintegritas.assessment.MinimumsInForce;
import id.zonaintegritas.shared.ActingAs;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ActorRole;
import id.zonaintegritas.shared.DomainRuleException;
import id.zonaintegritas.shared.Predicate;
import id.zonaintegritas.shared.web.Refusals;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The national administrator sets, for a period, the value in force of each minimum the
 * sources disagree on (for the version in force).
 */
@Controller
class MinimumsAdminController {

	private final MinimumsInForce minimums;

	private final InstrumentService instruments;

	private final MessageSource messages;

	MinimumsAdminController(MinimumsInForce minimums, InstrumentService instruments, MessageSource messages) {
		this.minimums = minimums;
		this.instruments = instruments;
		this.messages = messages;
	}

	@GetMapping("/admin/periode/{year}/minimum")
	String minimums(@PathVariable int year, @ActingAs(ActorRole.ADMIN) Actor admin, Model model) {
		return page(year, admin, model);
	}

	@PostMapping("/admin/periode/{year}/minimum")
	String set(@PathVariable int year, @RequestParam(name = "predicate", required = false) Predicate predicate,
			@RequestParam(name = "criterion", required = false) String criterion,
			@RequestParam(name = "scope", required = false) String scope,
			@RequestParam(name = "value", required = false) BigDecimal value, @ActingAs(ActorRole.ADMIN) Actor admin,
			Model model, RedirectAttributes redirect, Locale locale) {
		try {
			this.minimums.set(year, this.instruments.inForce().id(), predicate, criterion, scope, value, admin);
			redirect.addFlashAttribute("success", "period.minimum.saved");
			return "redirect:/admin/periode/" + year + "/minimum";
		}
		catch (DomainRuleException ex) {
			Refusals.show(ex, model, this.messages, locale);
			return page(year, admin, model);
		}
	}

	private String page(int year, Actor admin, Model model) {
		LkeVersion version = this.instruments.inForce();
		model.addAttribute("year", year);
		model.addAttribute("version", version);
		model.addAttribute("disputed", this.minimums.disputed(year, version.id(), admin));
		return "assessment/admin/minimums";
	}

}
