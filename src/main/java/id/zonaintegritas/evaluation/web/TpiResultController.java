package id.zonaintegritas.evaluation.web;

import id.zonaintegritas.assessment.Evaluator;
import id.zonaintegritas.evaluation.TpiEvaluationService;
import id.zonaintegritas.period.PeriodService;
import id.zonaintegritas.shared.ActingAs;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ActorRole;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The unit's staff read the TPI's result of their LKE: the LHE, their scores beside the
 * TPI's, and each minimum of the gate met or not, with the numbers.
 */
@Controller
class TpiResultController {

	private final TpiEvaluationService evaluations;

	private final PeriodService periods;

	TpiResultController(TpiEvaluationService evaluations, PeriodService periods) {
		this.evaluations = evaluations;
		this.periods = periods;
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

}
