package id.zonaintegritas.onboarding.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import id.zonaintegritas.onboarding.ImportKind;
import id.zonaintegritas.onboarding.ImportResult;
import id.zonaintegritas.onboarding.Onboarding;
import id.zonaintegritas.shared.ActingAs;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ActorRole;
import id.zonaintegritas.shared.AdministratorCheck;
import id.zonaintegritas.shared.ImportRefusedException;
import id.zonaintegritas.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's imports: one page with the four kinds, their columns and templates;
 * each upload is imported whole or refused with every problem listed.
 */
@Controller
class ImportController {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final Onboarding onboarding;

	private final AdministratorCheck administrators;

	ImportController(Onboarding onboarding, AdministratorCheck administrators) {
		this.onboarding = onboarding;
		this.administrators = administrators;
	}

	@GetMapping("/admin/impor")
	String page(@ActingAs({ ActorRole.ADMIN, ActorRole.INSTITUTION_ADMIN }) Actor admin, Model model) {
		// Institutions are the national administrator's to import.
		boolean national = this.administrators.administrationOf(admin).national();
		model.addAttribute("national", national);
		model.addAttribute("kinds",
				Arrays.stream(ImportKind.values())
					.filter((kind) -> national || kind != ImportKind.INSTITUTIONS)
					.toList());
		return "onboarding/imports";
	}

	@PostMapping("/admin/impor/{kind}")
	String importFile(@PathVariable String kind, @RequestParam(required = false) MultipartFile file,
			@ActingAs({ ActorRole.ADMIN, ActorRole.INSTITUTION_ADMIN }) Actor admin, Model model,
			RedirectAttributes redirect, HttpServletResponse response) throws IOException {
		ImportKind chosen = kind(kind);
		try {
			ImportResult result = this.onboarding.importFile(chosen, (file != null) ? file.getBytes() : new byte[0],
					admin);
			redirect.addFlashAttribute("imported", result);
			return "redirect:/admin/impor";
		}
		catch (ImportRefusedException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("refusedKind", chosen);
			model.addAttribute("refusal", ex);
			return page(admin, model);
		}
	}

	@GetMapping("/admin/impor/{kind}/templat.csv")
	void csvTemplate(@PathVariable String kind, @ActingAs({ ActorRole.ADMIN, ActorRole.INSTITUTION_ADMIN }) Actor admin,
			HttpServletResponse response) throws IOException {
		ImportKind chosen = kind(kind);
		download(response, "text/csv;charset=UTF-8", "templat-" + chosen.path() + ".csv");
		this.onboarding.writeCsvTemplate(chosen, response.getOutputStream());
	}

	@GetMapping("/admin/impor/{kind}/templat.xlsx")
	void xlsxTemplate(@PathVariable String kind,
			@ActingAs({ ActorRole.ADMIN, ActorRole.INSTITUTION_ADMIN }) Actor admin, HttpServletResponse response)
			throws IOException {
		ImportKind chosen = kind(kind);
		download(response, XLSX, "templat-" + chosen.path() + ".xlsx");
		response.getOutputStream().write(this.onboarding.xlsxTemplate(chosen));
	}

	private static ImportKind kind(String path) {
		return ImportKind.ofPath(path).orElseThrow(() -> new NotFoundException("import.kindNotFound", path));
	}

	private static void download(HttpServletResponse response, String contentType, String fileName) {
		response.setContentType(contentType);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName).build().toString());
	}

}
