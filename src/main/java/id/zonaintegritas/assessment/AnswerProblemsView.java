package id.zonaintegritas.assessment;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * The problems of answers that were not saved, in the reader's language: each beside its
 * field, and all of them in the error summary, linking to their question.
 *
 * @param problems each problem, in the order of the questions
 */
public record AnswerProblemsView(List<Shown> problems) {

	public static final AnswerProblemsView NONE = new AnswerProblemsView(List.of());

	public static AnswerProblemsView of(List<AnswerProblem> problems, MessageSource messages, Locale locale) {
		return new AnswerProblemsView(problems.stream()
			.map((problem) -> new Shown(problem.questionCode(), problem.field(),
					messages.getMessage(problem.messageKey(), problem.arguments(), locale)))
			.toList());
	}

	public boolean any() {
		return !this.problems.isEmpty();
	}

	/** Whether a question has a problem. */
	public boolean of(String code) {
		return this.problems.stream().anyMatch((problem) -> problem.questionCode().equals(code));
	}

	/** The problem of a question's field, or {@code null}. */
	public String of(String code, String field) {
		return this.problems.stream()
			.filter((problem) -> problem.questionCode().equals(code) && problem.field().equals(field))
			.map(Shown::text)
			.findFirst()
			.orElse(null);
	}

	/**
	 * A problem as shown.
	 *
	 * @param questionCode the question
	 * @param field its field
	 * @param text what is wrong, in the reader's language
	 */
	public record Shown(String questionCode, String field, String text) {
	}

}
