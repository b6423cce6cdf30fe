package id.zonaintegritas.evaluation;

import id.zonaintegritas.assessment.EvaluationSheet;
import id.zonaintegritas.assessment.Evaluator;
import id.zonaintegritas.assessment.MinimumsInForce;
import id.zonaintegritas.shared.Predicate;

import org.springframework.stereotype.Component;

/**
 * Whether a unit may be proposed: an evaluator's scores against the minimums in force in
 * the period for the predicate it aims at, and WBK held for WBBM. The same rule for the
 * unit, the TPI, the instansi head and the TPN.
 */
@Component
public class EligibilityGate {

	private final MinimumsInForce minimums;

	EligibilityGate(MinimumsInForce minimums) {
		this.minimums = minimums;
	}

	public GateResult check(EvaluationSheet sheet, Evaluator evaluator, Predicate target, Predicate held) {
		return new GateResult(target,
				sheet.scores(evaluator).against(this.minimums.of(sheet.assessment().year(), sheet.version(), target)),
				target == Predicate.WBBM, held == Predicate.WBK || held == Predicate.WBBM);
	}

}
