package id.zonaintegritas.survey.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import id.zonaintegritas.period.PeriodService;
import id.zonaintegritas.shared.ActingAs;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ActorRole;
import id.zonaintegritas.shared.web.Refusals;
import id.zonaintegritas.survey.Questionnaires;
import id.zonaintegritas.shared.SpreadsheetText;
import id.zonaintegritas.survey.SurveyKind;
import id.zonaintegritas.survey.SurveyRecap;
import id.zonaintegritas.survey.SurveyRuleException;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators draft and publish versions of the SPAK and SPKP questionnaires, and take
 * the national recap of a period's surveys.
 */
@Controller
class SurveyAdminController {

	private final Questionnaires questionnaires;

	private final MessageSource messages;

	private final SurveyRecap recap;

	private final PeriodService periods;

	SurveyAdminController(Questionnaires questionnaires, MessageSource messages, SurveyRecap recap,
			PeriodService periods) {
		this.recap = recap;
		this.periods = periods;
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
			model.addAttribute("problems", ex.problems()
				.stream()
				.map((problem) -> this.messages.getMessage(problem.getMessageKey(), problem.getArguments(), locale))
				.toList());
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		model.addAttribute("versions", this.questionnaires.all(admin));
		model.addAttribute("kinds", SurveyKind.values());
		model.addAttribute("draftKind", kind);
		model.addAttribute("draftItems", items);
		return "survey/admin";
	}

	@GetMapping("/admin/survei/rekap.csv")
	void recap(@RequestParam(name = "tahun", required = false) Integer tahun, @ActingAs(ActorRole.ADMIN) Actor admin,
			HttpServletResponse response) throws IOException {
		int year = (tahun != null) ? tahun : this.periods.today().getYear();
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("rekap-survei-" + year + ".csv").build().toString());
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		try (CSVPrinter csv = CSVFormat.DEFAULT.builder()
			.setHeader("slug", "unit_kerja", "instansi", "provinsi", "responden_ipak", "ipak", "margin_ipak",
					"responden_ipkp", "ipkp", "margin_ipkp")
			.get()
			.print(writer)) {
			this.recap.national(year, admin, (line) -> {
				try {
					csv.printRecord(line.slug(), SpreadsheetText.defuse(line.unitName()),
							SpreadsheetText.defuse(line.institutionName()), SpreadsheetText.defuse(line.provinceName()),
							line.ipak().responses(), line.ipak().index(), line.ipak().margin(), line.ipkp().responses(),
							line.ipkp().index(), line.ipkp().margin());
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
	}

	@PostMapping("/admin/survei/{id}/terbitkan")
	String publish(@PathVariable long id, @ActingAs(ActorRole.ADMIN) Actor admin, RedirectAttributes redirect) {
		this.questionnaires.publish(id, admin);
		redirect.addFlashAttribute("success", "survey.version.published");
		return "redirect:/admin/survei";
	}

}
