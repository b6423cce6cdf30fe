package id.zonaintegritas.directory.web;

import id.zonaintegritas.directory.DirectoryFilter;
import id.zonaintegritas.directory.DirectoryView;
import id.zonaintegritas.directory.PublicPages;
import id.zonaintegritas.directory.Standing;
import id.zonaintegritas.shared.Predicate;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
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

	private final MessageSource texts;

	DirectoryController(PublicPages pages, MessageSource texts) {
		this.pages = pages;
		this.texts = texts;
	}

	// The filter is put together from request parameters rather than bound as a record:
	// binding a record reads its constructor's parameter annotations afresh on every
	// request, 12 % of a rendered directory page's CPU (docs/performance.md). A value of
	// the wrong type is a 400 either way.
	@GetMapping("/direktori")
	String directory(@RequestParam(name = "q", required = false) String text,
			@RequestParam(name = "provinsi", required = false) String provinceCode,
			@RequestParam(name = "wilayah", required = false) String regionCode,
			@RequestParam(name = "instansi", required = false) Long institutionId,
			@RequestParam(name = "tahap", required = false) Standing stage,
			@RequestParam(name = "predikat", required = false) Predicate predicate,
			@RequestParam(name = "tahun", required = false) Integer year,
			@RequestParam(name = "urut", required = false) String sort,
			@RequestParam(name = "induk", required = false) String parentSlug,
			@RequestParam(name = "halaman", defaultValue = "1") int page, HttpServletRequest request, Locale locale,
			Model model) {
		DirectoryFilter filter = new DirectoryFilter(text, provinceCode, regionCode, institutionId, stage, predicate,
				year, sort, parentSlug);
		DirectoryView view = this.pages.directory(filter, page);
		model.addAttribute("view", view);
		String query = SearchReturn.of(request.getQueryString());
		model.addAttribute("rows", DirectoryRow.of(view.result().items(), query, this.texts, locale));
		// The instansi filter is a link, not a list of 500 options: the instansi
		// that the words name narrow the search, and a chosen one can be taken off.
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
