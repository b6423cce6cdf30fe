package id.zonaintegritas.directory.web;

import id.zonaintegritas.directory.DirectoryFilter;
import id.zonaintegritas.directory.DirectoryView;
import id.zonaintegritas.directory.PublicPages;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public directory: search and filters live in the URL, so a search can be shared.
 */
@Controller
class DirectoryController {

	private final PublicPages pages;

	DirectoryController(PublicPages pages) {
		this.pages = pages;
	}

	@GetMapping("/direktori")
	String directory(DirectoryFilter filter, @RequestParam(name = "halaman", defaultValue = "1") int page,
			HttpServletRequest request, Model model) {
		DirectoryView view = this.pages.directory(filter, page);
		model.addAttribute("view", view);
		model.addAttribute("searchQuery", SearchReturn.of(request.getQueryString()));
		model.addAttribute("institutionOptions", InstitutionOptions.html(view.institutions(), filter.institutionId()));
		return "directory/directory";
	}

}
