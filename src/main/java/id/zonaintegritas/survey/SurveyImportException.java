package id.zonaintegritas.survey;

import java.util.List;

import id.zonaintegritas.shared.DomainRuleException;

/**
 * An import with problems; nothing of it was stored. It lists the first problems in line
 * order and says how many there are in all.
 */
public class SurveyImportException extends DomainRuleException {

	private final transient List<Problem> problems;

	SurveyImportException(List<Problem> problems, int total) {
		super("survey.import.refused", total);
		this.problems = List.copyOf(problems);
	}

	public List<Problem> getProblems() {
		return this.problems;
	}

	/**
	 * Why one line was refused.
	 *
	 * @param line the line in the file (the header is line 1)
	 * @param messageKey why
	 * @param arguments the message's arguments
	 */
	public record Problem(long line, String messageKey, Object... arguments) {
	}

}
