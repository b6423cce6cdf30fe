package id.zonaintegritas.shared;

import java.util.Comparator;
import java.util.List;

/**
 * An import with problems; nothing of it was stored. It keeps the first problems, in line
 * order, and how many there are in all, so that a large bad file gives a page of bounded
 * size.
 */
public class ImportRefusedException extends DomainRuleException {

	/** The most problems listed; the rest are counted. */
	public static final int LISTED = 200;

	private final transient List<ImportProblem> problems;

	private final int totalProblems;

	public ImportRefusedException(List<ImportProblem> problems) {
		super("import.refused", problems.size());
		this.problems = problems.stream().sorted(Comparator.comparingLong(ImportProblem::line)).limit(LISTED).toList();
		this.totalProblems = problems.size();
	}

	/** Refuses the import if there is any problem. */
	public static void throwIfAny(List<ImportProblem> problems) {
		if (!problems.isEmpty()) {
			throw new ImportRefusedException(problems);
		}
	}

	public List<ImportProblem> getProblems() {
		return this.problems;
	}

	public int getTotalProblems() {
		return this.totalProblems;
	}

}
