package id.zonaintegritas.directory.web;

import java.util.List;

import id.zonaintegritas.directory.Directory;
import id.zonaintegritas.directory.DirectoryFilter;
import id.zonaintegritas.institution.InstitutionService;
import id.zonaintegritas.institution.RegionKind;
import id.zonaintegritas.institution.RegionView;
import id.zonaintegritas.shared.PageRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public directory: search and filters live in the URL, so a search can be shared.
 */
@Controller
class DirectoryController {

	private final Directory directory;

	private final InstitutionService institutions;

	DirectoryController(Directory directory, InstitutionService institutions) {
		this.directory = directory;
		this.institutions = institutions;
	}

	@GetMapping("/direktori")
	String directory(@RequestParam(name = "q", required = false) String text,
			@RequestParam(name = "provinsi", required = false) String province,
			@RequestParam(name = "wilayah", required = false) String region,
			@RequestParam(name = "instansi", required = false) Long institution,
			@RequestParam(name = "tahap", required = false) String stage,
			@RequestParam(name = "predikat", required = false) String predicate,
			@RequestParam(name = "tahun", required = false) Integer year,
			@RequestParam(name = "urut", defaultValue = "nama") String sort,
			@RequestParam(name = "halaman", defaultValue = "1") int page, Model model) {
		DirectoryFilter filter = new DirectoryFilter(text, province, region, institution, stage, predicate, year, sort);
		model.addAttribute("filter", filter);
		model.addAttribute("result", this.directory.search(filter, new PageRequest(page, Directory.PAGE_SIZE)));
		List<RegionView> regions = this.institutions.listRegions();
		model.addAttribute("provinces", regions.stream().filter((r) -> r.kind() == RegionKind.PROVINSI).toList());
		// Regencies and cities are offered once a province is chosen: 514 options would
		// weigh on every page.
		model.addAttribute("regions", (province == null || province.isBlank()) ? List.of()
				: regions.stream().filter((r) -> r.code().startsWith(province + ".")).toList());
		model.addAttribute("institutionOptions",
				InstitutionOptions.html(this.institutions.institutionChoices(), institution));
		model.addAttribute("stages", List.of("PENCANANGAN", "PEMBANGUNAN", "PENGUSULAN", "PENILAIAN", "PENETAPAN"));
		model.addAttribute("years", this.directory.declarationYears());
		return "directory/directory";
	}

}
