package id.zonaintegritas.assessment;

import java.util.List;

import id.zonaintegritas.shared.DomainRuleException;

/** The files of an LKE version do not pass its checks; nothing was stored. */
public class InstrumentRejectedException extends DomainRuleException {

	private final transient List<InstrumentProblem> problems;

	InstrumentRejectedException(List<InstrumentProblem> problems) {
		super("lke.instrument.rejected", problems.size());
		this.problems = List.copyOf(problems);
	}

	InstrumentRejectedException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
		this.problems = List.of();
	}

	public List<InstrumentProblem> getProblems() {
		return this.problems;
	}

}
