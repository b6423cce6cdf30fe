package id.zonaintegritas.directory.web;

import id.zonaintegritas.directory.DirectoryFilter;
import id.zonaintegritas.directory.DirectoryView;
import id.zonaintegritas.directory.PublicPages;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

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
		String query = SearchReturn.of(request.getQueryString());
		model.addAttribute("searchQuery", query);
		// The instansi filter is a link, not a list of 500 options: the instansi the
		// words
		// name narrow the search, and a chosen one can be taken off.
		model.addAttribute("institutionLinks",
				view.namedInstitutions()
					.stream()
					.map((institution) -> new InstitutionLink(institution.name(),
							search(query).replaceQueryParam("instansi", institution.id()).build().toUriString()))
					.toList());
		model.addAttribute("withoutInstitution", search(query).replaceQueryParam("instansi").build().toUriString());
		model.addAttribute("withoutParent", search(query).replaceQueryParam("induk").build().toUriString());
		return "directory/directory";
	}

	/** The same search from its first page. */
	private static UriComponentsBuilder search(String query) {
		return UriComponentsBuilder.fromPath("/direktori").query(query).replaceQueryParam("halaman");
	}

	/** An instansi offered as a filter, and the search it leads to. */
	record InstitutionLink(String name, String url) {
	}

}
