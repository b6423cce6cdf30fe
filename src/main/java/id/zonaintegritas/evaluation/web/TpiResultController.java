package id.zonaintegritas.evaluation.web;

import java.util.Map;

import id.zonaintegritas.assessment.Evaluator;
import id.zonaintegritas.evaluation.PrintedLhe;
import id.zonaintegritas.evaluation.TpiEvaluationService;
import id.zonaintegritas.institution.WorkUnitSummary;
import id.zonaintegritas.period.PeriodService;
import id.zonaintegritas.shared.ActingAs;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ActorRole;
import id.zonaintegritas.shared.NotFoundException;
import id.zonaintegritas.shared.web.PrintedDocuments;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The unit's staff read the TPI's result of their LKE: the LHE, their scores beside the
 * TPI's, and each minimum of the gate met or not, with the numbers; they and the
 * institution's reviewers print it as a PDF.
 */
@Controller
class TpiResultController {

	private final TpiEvaluationService evaluations;

	private final PeriodService periods;

	private final PrintedDocuments printing;

	TpiResultController(TpiEvaluationService evaluations, PeriodService periods, PrintedDocuments printing) {
		this.evaluations = evaluations;
		this.periods = periods;
		this.printing = printing;
	}

	@GetMapping("/staf/unit/{unitId}/lke/hasil-tpi")
	String result(@PathVariable long unitId, @RequestParam(name = "tahun", required = false) Integer tahun,
			@ActingAs(ActorRole.AGENCY_STAFF) Actor staff, Model model) {
		int year = (tahun != null) ? tahun : this.periods.today().getYear();
		model.addAttribute("lhe", this.evaluations.resultForStaff(unitId, year, staff).orElse(null));
		model.addAttribute("unit", this.evaluations.unit(unitId));
		model.addAttribute("year", year);
		model.addAttribute("tpiEvaluator", Evaluator.TPI);
		return "evaluation/result";
	}

	@GetMapping({ "/staf/unit/{unitId}/lke/hasil-tpi.pdf", "/inspektorat/unit/{unitId}/evaluasi/lhe.pdf" })
	ResponseEntity<byte[]> printed(@PathVariable long unitId,
			@RequestParam(name = "tahun", required = false) Integer tahun,
			@ActingAs({ ActorRole.AGENCY_STAFF, ActorRole.REVIEWER }) Actor reader) {
		int year = (tahun != null) ? tahun : this.periods.today().getYear();
		PrintedLhe printed = this.evaluations.printable(unitId, year, reader)
			.orElseThrow(() -> new NotFoundException("tpi.result.none"));
		WorkUnitSummary unit = printed.team().unit();
		return this.printing.download("print/lhe",
				Map.of("printed", printed, "unit", unit, "year", year, "tpiEvaluator", Evaluator.TPI),
				"LHE-" + unit.slug() + "-" + year + ".pdf");
	}

}
