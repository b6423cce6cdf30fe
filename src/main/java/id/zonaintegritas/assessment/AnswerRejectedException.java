package id.zonaintegritas.assessment;

import java.util.List;

import id.zonaintegritas.shared.DomainRuleException;

/** One or more answers could not be taken as sent; nothing was stored. */
public class AnswerRejectedException extends DomainRuleException {

	private final transient List<AnswerProblem> problems;

	AnswerRejectedException(List<AnswerProblem> problems) {
		super("lke.answer.rejected", problems.size());
		this.problems = List.copyOf(problems);
	}

	public List<AnswerProblem> getProblems() {
		return this.problems;
	}

}
