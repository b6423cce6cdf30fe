package id.zonaintegritas.assessment;

import java.util.List;

import id.zonaintegritas.shared.DomainRuleException;

/**
 * Another evaluator saved some of these questions after this one read them: nothing was
 * saved, so that neither loses the other's work.
 */
public class EvaluationConflictException extends DomainRuleException {

	private final List<String> codes;

	EvaluationConflictException(List<String> codes) {
		super("lke.evaluation.conflict", String.join(", ", codes));
		this.codes = List.copyOf(codes);
	}

	/** The questions saved by someone else meanwhile. */
	public List<String> getCodes() {
		return this.codes;
	}

}
