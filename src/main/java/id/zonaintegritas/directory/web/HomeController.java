package id.zonaintegritas.directory.web;

import id.zonaintegritas.institution.InstitutionService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what the portal is for, and the units registered in it. */
@Controller
class HomeController {

	private final InstitutionService institutions;

	HomeController(InstitutionService institutions) {
		this.institutions = institutions;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("units", this.institutions.listWorkUnits());
		return "directory/home";
	}

}
