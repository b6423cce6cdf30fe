package id.zonaintegritas.period;

import java.util.List;

import id.zonaintegritas.shared.DomainRuleException;

/** A period whose dates break the calendar's rules: every problem, and nothing stored. */
public class PeriodRejectedException extends DomainRuleException {

	private final transient List<PeriodDraft.Problem> problems;

	PeriodRejectedException(List<PeriodDraft.Problem> problems) {
		super("period.rejected", problems.size());
		this.problems = List.copyOf(problems);
	}

	public List<PeriodDraft.Problem> getProblems() {
		return this.problems;
	}

}
