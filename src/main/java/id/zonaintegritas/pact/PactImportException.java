package id.zonaintegritas.pact;

import java.util.List;

import id.zonaintegritas.shared.DomainRuleException;

/** An import with bad lines; nothing of it was stored. */
public class PactImportException extends DomainRuleException {

	private final transient List<ImportProblem> problems;

	PactImportException(List<ImportProblem> problems) {
		super("pact.import.refused", problems.size());
		this.problems = List.copyOf(problems);
	}

	public List<ImportProblem> getProblems() {
		return this.problems;
	}

}
