package id.zonaintegritas.pact;

import java.util.List;

import id.zonaintegritas.shared.DomainRuleException;
import id.zonaintegritas.shared.ImportProblem;

/**
 * An import with problems; nothing of it was stored. It lists the first problems, in line
 * order, and says how many there are in all, so that a large bad file gives a page of
 * bounded size.
 */
public class PactImportException extends DomainRuleException {

	private final transient List<ImportProblem> problems;

	private final int totalProblems;

	private final String encoding;

	PactImportException(List<ImportProblem> problems, int totalProblems, String encoding) {
		super("pact.import.refused", totalProblems);
		this.problems = List.copyOf(problems);
		this.totalProblems = totalProblems;
		this.encoding = encoding;
	}

	/**
	 * @return the problems listed, at most a bounded number
	 */
	public List<ImportProblem> getProblems() {
		return this.problems;
	}

	/**
	 * @return how many problems the file has in all
	 */
	public int getTotalProblems() {
		return this.totalProblems;
	}

	/**
	 * @return how the file was read, or {@code null} if it could not be
	 */
	public String getEncoding() {
		return this.encoding;
	}

}
