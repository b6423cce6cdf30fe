package id.zonaintegritas.directory.web;

import java.util.Locale;

import id.zonaintegritas.directory.SearchAbbreviations;
import id.zonaintegritas.shared.ActingAs;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ActorRole;
import id.zonaintegritas.shared.DomainRuleException;
import id.zonaintegritas.shared.web.Refusals;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators keep the abbreviations the directory's search understands. */
@Controller
class AdminAbbreviationController {

	private final SearchAbbreviations abbreviations;

	private final MessageSource messages;

	AdminAbbreviationController(SearchAbbreviations abbreviations, MessageSource messages) {
		this.abbreviations = abbreviations;
		this.messages = messages;
	}

	@GetMapping("/admin/singkatan")
	String list(@ActingAs(ActorRole.ADMIN) Actor admin, Model model) {
		return page(admin, null, null, model);
	}

	@PostMapping("/admin/singkatan")
	String add(@RequestParam(name = "abbreviation", required = false) String abbreviation,
			@RequestParam(name = "expansion", required = false) String expansion,
			@ActingAs(ActorRole.ADMIN) Actor admin, Model model, RedirectAttributes redirect, Locale locale) {
		try {
			this.abbreviations.add(abbreviation, expansion, admin);
			redirect.addFlashAttribute("success", "abbreviation.added");
			return "redirect:/admin/singkatan";
		}
		catch (DomainRuleException ex) {
			Refusals.show(ex, model, this.messages, locale);
			return page(admin, abbreviation, expansion, model);
		}
	}

	@PostMapping("/admin/singkatan/hapus")
	String remove(@RequestParam(name = "abbreviation", required = false) String abbreviation,
			@RequestParam(name = "expansion", required = false) String expansion,
			@ActingAs(ActorRole.ADMIN) Actor admin, RedirectAttributes redirect) {
		this.abbreviations.remove(abbreviation, expansion, admin);
		redirect.addFlashAttribute("success", "abbreviation.removed");
		return "redirect:/admin/singkatan";
	}

	private String page(Actor admin, String abbreviation, String expansion, Model model) {
		model.addAttribute("abbreviations", this.abbreviations.all(admin));
		model.addAttribute("abbreviation", abbreviation);
		model.addAttribute("expansion", expansion);
		return "directory/admin-abbreviations";
	}

}
