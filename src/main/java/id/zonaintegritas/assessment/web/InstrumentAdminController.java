package id.zonaintegritas.assessment.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.zonaintegritas.assessment.InstrumentFiles;
import id.zonaintegritas.assessment.InstrumentRejectedException;
import id.zonaintegritas.assessment.InstrumentService;
import id.zonaintegritas.shared.ActingAs;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ActorRole;
import id.zonaintegritas.shared.NotFoundException;
import id.zonaintegritas.shared.Predicate;
import id.zonaintegritas.shared.web.Refusals;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators load a new version of the LKE instrument from its six files (all or
 * nothing, with every problem by file and line), read it before publishing it, publish or
 * discard it, and read the files any version was loaded from.
 */
@Controller
@RequestMapping("/admin/lke")
class InstrumentAdminController {

	private final InstrumentService instruments;

	private final MessageSource messages;

	InstrumentAdminController(InstrumentService instruments, MessageSource messages) {
		this.instruments = instruments;
		this.messages = messages;
	}

	@GetMapping
	String versions(@ActingAs(ActorRole.ADMIN) Actor admin, Model model) {
		return versionsPage(admin, new InstrumentUploadForm(), List.of(), model);
	}

	@PostMapping
	String load(@ActingAs(ActorRole.ADMIN) Actor admin, @ModelAttribute("form") InstrumentUploadForm form,
			BindingResult result, Model model, RedirectAttributes redirect, Locale locale) throws IOException {
		try {
			long id = this.instruments.load(form.files(), admin);
			redirect.addFlashAttribute("success", "lke.admin.loaded");
			return "redirect:/admin/lke/versi/" + id;
		}
		catch (InstrumentRejectedException ex) {
			ex.rejectOn(result, null);
			List<ShownProblem> problems = ex.getProblems()
				.stream()
				.map((problem) -> new ShownProblem(problem.file(), problem.line(),
						this.messages.getMessage(problem.messageKey(), problem.arguments(), locale)))
				.toList();
			model.addAttribute("refusal", this.messages.getMessage(ex.getMessageKey(), ex.getArguments(), locale));
			return versionsPage(admin, form, problems, model);
		}
	}

	@GetMapping("/versi/{id}")
	String version(@PathVariable long id, @ActingAs(ActorRole.ADMIN) Actor admin, Model model) {
		return versionPage(id, admin, model);
	}

	private String versionPage(long id, Actor admin, Model model) {
		model.addAttribute("summary",
				this.instruments.versions(admin)
					.stream()
					.filter((summary) -> summary.id() == id)
					.findFirst()
					.orElseThrow(() -> new NotFoundException("lke.instrument.versionNotFound", id)));
		model.addAttribute("version", this.instruments.version(id));
		model.addAttribute("predicates", List.of(Predicate.WBK, Predicate.WBBM));
		model.addAttribute("fileNames", InstrumentFiles.NAMES);
		return "assessment/admin/version";
	}

	@GetMapping("/versi/{id}/berkas/{name}")
	ResponseEntity<String> file(@PathVariable long id, @PathVariable String name,
			@ActingAs(ActorRole.ADMIN) Actor admin) {
		Map<String, String> files = this.instruments.files(id, admin);
		String content = files.get(name);
		if (content == null) {
			throw new NotFoundException("lke.instrument.versionNotFound", name);
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(content);
	}

	@PostMapping("/versi/{id}/terbitkan")
	String publish(@PathVariable long id, @ActingAs(ActorRole.ADMIN) Actor admin, Model model,
			RedirectAttributes redirect, Locale locale) {
		try {
			this.instruments.publish(id, admin);
			redirect.addFlashAttribute("success", "lke.admin.published");
			return "redirect:/admin/lke/versi/" + id;
		}
		catch (InstrumentRejectedException ex) {
			return refused(ex, id, admin, model, locale);
		}
	}

	@PostMapping("/versi/{id}/buang")
	String discard(@PathVariable long id, @ActingAs(ActorRole.ADMIN) Actor admin, Model model,
			RedirectAttributes redirect, Locale locale) {
		try {
			this.instruments.discard(id, admin);
			redirect.addFlashAttribute("success", "lke.admin.discarded");
			return "redirect:/admin/lke";
		}
		catch (InstrumentRejectedException ex) {
			return refused(ex, id, admin, model, locale);
		}
	}

	/** A version that cannot be published or discarded (it already is published): why. */
	private String refused(InstrumentRejectedException ex, long id, Actor admin, Model model, Locale locale) {
		Refusals.show(ex, model, this.messages, locale);
		return versionPage(id, admin, model);
	}

	private String versionsPage(Actor admin, InstrumentUploadForm form, List<ShownProblem> problems, Model model) {
		model.addAttribute("versions", this.instruments.versions(admin));
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		model.addAttribute("maxMegabytes", InstrumentFiles.MAX_BYTES / (1024 * 1024));
		return "assessment/admin/versions";
	}

	/**
	 * A problem of the uploaded files, as shown.
	 *
	 * @param file the file
	 * @param line its line, or 0 for the file as a whole
	 * @param text what is wrong, in the reader's language
	 */
	record ShownProblem(String file, long line, String text) {
	}

}
