package id.zonaintegritas.survey.web;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.zonaintegritas.period.PeriodService;
import id.zonaintegritas.shared.ActingAs;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ActorRole;
import id.zonaintegritas.shared.PublicAddress;
import id.zonaintegritas.shared.web.PrintedDocuments;
import id.zonaintegritas.shared.web.QrCodes;
import id.zonaintegritas.shared.web.Refusals;
import id.zonaintegritas.survey.Survey;
import id.zonaintegritas.survey.SurveyImportException;
import id.zonaintegritas.survey.SurveyImports;
import id.zonaintegritas.survey.SurveyKind;
import id.zonaintegritas.survey.SurveyResultsView;
import id.zonaintegritas.survey.SurveyRuleException;
import id.zonaintegritas.survey.SurveyService;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A unit's surveys for its staff (open one, print its poster and receipt codes, show the
 * counter's QR code, import responses, read the results) and for the reviewers of its
 * instansi (read the results and the distributions behind the indices).
 */
@Controller
class SurveyUnitController {

	private final SurveyService surveys;

	private final SurveyImports imports;

	private final PeriodService periods;

	private final PrintedDocuments printing;

	private final PublicAddress address;

	private final MessageSource messages;

	SurveyUnitController(SurveyService surveys, SurveyImports imports, PeriodService periods, PrintedDocuments printing,
			PublicAddress address, MessageSource messages) {
		this.surveys = surveys;
		this.imports = imports;
		this.periods = periods;
		this.printing = printing;
		this.address = address;
		this.messages = messages;
	}

	@GetMapping({ "/staf/unit/{unitId}/survei", "/inspektorat/unit/{unitId}/survei" })
	String unit(@PathVariable long unitId, @RequestParam(name = "tahun", required = false) Integer tahun,
			@ActingAs({ ActorRole.AGENCY_STAFF, ActorRole.REVIEWER }) Actor reader, Model model) {
		return unitPage(unitId, year(tahun), reader, model);
	}

	@PostMapping("/staf/unit/{unitId}/survei")
	String open(@PathVariable long unitId, @RequestParam(name = "tahun", required = false) Integer tahun,
			@RequestParam(name = "kind", required = false) SurveyKind kind,
			@RequestParam(name = "access", required = false) Survey.Access access,
			@RequestParam(name = "population", required = false) String population,
			@ActingAs(ActorRole.AGENCY_STAFF) Actor staff, Model model, RedirectAttributes redirect,
			HttpServletResponse response, Locale locale) {
		int year = year(tahun);
		try {
			Integer people = null;
			if (population != null && !population.isBlank()) {
				try {
					people = Integer.valueOf(population.strip().replace(".", ""));
				}
				catch (NumberFormatException ex) {
					throw new BadPopulation();
				}
			}
			this.surveys.open(unitId, year, kind, access, people, staff);
			redirect.addFlashAttribute("success", "survey.opened");
			return "redirect:/staf/unit/" + unitId + "/survei?tahun=" + year;
		}
		catch (SurveyRuleException ex) {
			Refusals.show(ex, model, this.messages, locale);
		}
		catch (BadPopulation ex) {
			model.addAttribute("refusal", this.messages.getMessage("survey.rule.population", null, locale));
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("openKind", kind);
		model.addAttribute("openPopulation", population);
		return unitPage(unitId, year, staff, model);
	}

	@GetMapping({ "/staf/unit/{unitId}/survei/{surveyId}", "/inspektorat/unit/{unitId}/survei/{surveyId}" })
	String results(@PathVariable long unitId, @PathVariable long surveyId,
			@ActingAs({ ActorRole.AGENCY_STAFF, ActorRole.REVIEWER }) Actor reader, Model model) {
		SurveyResultsView view = this.surveys.results(unitId, surveyId, reader);
		model.addAttribute("view", view);
		model.addAttribute("publicView", false);
		model.addAttribute("back", base(reader, unitId) + "?tahun=" + view.survey().year());
		return "survey/results";
	}

	@PostMapping("/staf/unit/{unitId}/survei/{surveyId}/kode")
	String receiptCodes(@PathVariable long unitId, @PathVariable long surveyId,
			@RequestParam(name = "count", required = false) Integer count,
			@ActingAs(ActorRole.AGENCY_STAFF) Actor staff, Model model, HttpServletResponse response, Locale locale) {
		List<String> codes;
		try {
			codes = this.surveys.receiptCodes(unitId, surveyId, (count != null) ? count : 0, staff);
		}
		catch (SurveyRuleException ex) {
			Refusals.show(ex, model, this.messages, locale);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return unitPage(unitId, this.surveys.results(unitId, surveyId, staff).survey().year(), staff, model);
		}
		SurveyResultsView view = this.surveys.results(unitId, surveyId, staff);
		model.addAttribute("view", view);
		model.addAttribute("codes", codes);
		model.addAttribute("link", this.address.of(view.survey().path()));
		return "survey/codes";
	}

	@GetMapping("/staf/unit/{unitId}/survei/{surveyId}/loket")
	String counter(@PathVariable long unitId, @PathVariable long surveyId,
			@ActingAs(ActorRole.AGENCY_STAFF) Actor staff, Model model, HttpServletResponse response, Locale locale) {
		SurveyResultsView view = this.surveys.results(unitId, surveyId, staff);
		String link = counterLink(view.survey(), unitId, surveyId, SurveyService.COUNTER_SCREEN, staff);
		response.setHeader("Cache-Control", "no-store");
		// The screen renews its code by itself, without JavaScript.
		response.setHeader("Refresh", "300");
		model.addAttribute("view", view);
		model.addAttribute("qr",
				QrCodes.svg(link, "100%", this.messages.getMessage("survey.counter.qr", null, locale)));
		model.addAttribute("link", link);
		model.addAttribute("validUntil", this.surveys.expiryOf(SurveyService.COUNTER_SCREEN));
		return "survey/counter";
	}

	@GetMapping("/staf/unit/{unitId}/survei/{surveyId}/poster.pdf")
	ResponseEntity<byte[]> poster(@PathVariable long unitId, @PathVariable long surveyId,
			@ActingAs(ActorRole.AGENCY_STAFF) Actor staff) {
		SurveyResultsView view = this.surveys.results(unitId, surveyId, staff);
		Survey survey = view.survey();
		boolean counter = survey.access() == Survey.Access.COUNTER;
		String link = counter ? counterLink(survey, unitId, surveyId, SurveyService.COUNTER_CARD, staff)
				: this.address.of(survey.path());
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("view", view);
		model.put("link", link);
		model.put("qr", QrCodes.pngDataUri(link, 8));
		model.put("validUntil", counter ? this.surveys.expiryOf(SurveyService.COUNTER_CARD) : null);
		return this.printing.download("print/survey-poster", model,
				"poster-" + survey.kind() + "-" + view.unit().slug() + ".pdf");
	}

	@PostMapping("/staf/unit/{unitId}/survei/{surveyId}/impor")
	String importResponses(@PathVariable long unitId, @PathVariable long surveyId,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@ActingAs(ActorRole.AGENCY_STAFF) Actor staff, Model model, RedirectAttributes redirect,
			HttpServletResponse response, Locale locale) throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				throw new SurveyRuleException(null, "survey.import.noFile");
			}
			int imported = this.imports.importFile(unitId, surveyId, file.getOriginalFilename(), file.getBytes(),
					staff);
			redirect.addFlashAttribute("imported", imported);
			redirect.addFlashAttribute("success", "survey.import.done");
			return "redirect:/staf/unit/" + unitId + "/survei/" + surveyId;
		}
		catch (SurveyImportException ex) {
			model.addAttribute("importProblems", ex.getProblems());
			model.addAttribute("refusal", this.messages.getMessage(ex.getMessageKey(), ex.getArguments(), locale));
		}
		catch (SurveyRuleException ex) {
			Refusals.show(ex, model, this.messages, locale);
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		SurveyResultsView view = this.surveys.results(unitId, surveyId, staff);
		model.addAttribute("view", view);
		model.addAttribute("publicView", false);
		model.addAttribute("back", base(staff, unitId) + "?tahun=" + view.survey().year());
		return "survey/results";
	}

	private String unitPage(long unitId, int year, Actor reader, Model model) {
		model.addAttribute("view", this.surveys.ofUnit(unitId, year, reader));
		model.addAttribute("staff", reader.role() == ActorRole.AGENCY_STAFF);
		model.addAttribute("base", base(reader, unitId));
		model.addAttribute("kinds", SurveyKind.values());
		model.addAttribute("currentYear", this.periods.today().getYear());
		return "survey/unit";
	}

	private String counterLink(Survey survey, long unitId, long surveyId, Duration lifetime, Actor staff) {
		String token = this.surveys.counterToken(unitId, surveyId, lifetime, staff);
		return this.address.of(survey.path() + "?loket=" + token);
	}

	private static String base(Actor reader, long unitId) {
		return ((reader.role() == ActorRole.AGENCY_STAFF) ? "/staf" : "/inspektorat") + "/unit/" + unitId + "/survei";
	}

	private int year(Integer tahun) {
		return (tahun != null) ? tahun : this.periods.today().getYear();
	}

	/** A population that is not a whole number. */
	private static final class BadPopulation extends RuntimeException {

		BadPopulation() {
			super(null, null, false, false);
		}

	}

}
