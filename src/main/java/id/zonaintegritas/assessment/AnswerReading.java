package id.zonaintegritas.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import id.zonaintegritas.shared.Text;

/**
 * Turns what a form sends for a question into the answer to store, or says why it cannot
 * be: an option the question has; for a numeric question every input, counts as whole
 * numbers (a dot or comma may group thousands: 1.250) and survey indices from 1,00 to
 * 4,00 (a comma or dot before the decimals), whose formula then gives a value from 0 to
 * 1.
 */
final class AnswerReading {

	/** The longest justification. */
	static final int JUSTIFICATION_LENGTH = 4000;

	/** The largest count taken. */
	static final BigDecimal LARGEST_COUNT = BigDecimal.valueOf(1_000_000_000);

	private static final Pattern COUNT = Pattern.compile("\\d{1,10}|\\d{1,3}([.,]\\d{3})+");

	private static final Pattern INDEX = Pattern.compile("\\d([.,]\\d{1,2})?");

	private static final BigDecimal LOWEST_INDEX = BigDecimal.ONE;

	private static final BigDecimal HIGHEST_INDEX = BigDecimal.valueOf(4);

	private AnswerReading() {
	}

	/**
	 * The answer, or the problems of what was sent.
	 *
	 * @param answer the answer to store; {@code null} when nothing was sent (the question
	 * is left unanswered)
	 * @param problems why it cannot be taken
	 */
	record Read(StoredAnswer answer, List<AnswerProblem> problems) {
	}

	static Read read(LkeQuestion question, AnswerInput input, String by, Instant at) {
		if (input.isEmpty()) {
			return new Read(null, List.of());
		}
		List<AnswerProblem> problems = new ArrayList<>();
		String justification = Text.clean(input.justification());
		if (Text.isLongerThan(justification, JUSTIFICATION_LENGTH)) {
			problems.add(new AnswerProblem(question.code(), "justification", "lke.answer.justificationTooLong",
					JUSTIFICATION_LENGTH));
		}
		if (!question.type().isNumeric()) {
			String letter = Text.clean(input.option());
			if (letter == null) {
				problems.add(new AnswerProblem(question.code(), "option", "lke.answer.optionMissing"));
				return new Read(null, problems);
			}
			LkeOption option = question.option(letter).orElse(null);
			if (option == null) {
				problems.add(new AnswerProblem(question.code(), "option", "lke.answer.optionUnknown"));
				return new Read(null, problems);
			}
			return new Read(problems.isEmpty() ? new StoredAnswer(question.code(), option.letter(), Map.of(),
					justification, option.value(), at, by) : null, problems);
		}
		Map<String, BigDecimal> numbers = new LinkedHashMap<>();
		for (NumericInput numericInput : question.inputs()) {
			String typed = Text.clean(input.numbers().get(numericInput.name()));
			BigDecimal number = (typed != null) ? number(numericInput, typed.replace(" ", "")) : null;
			if (typed == null) {
				problems.add(new AnswerProblem(question.code(), numericInput.name(), "lke.answer.numberMissing"));
			}
			else if (number == null) {
				problems.add(new AnswerProblem(question.code(), numericInput.name(),
						numericInput.surveyIndex() ? "lke.answer.index" : "lke.answer.count"));
			}
			else {
				numbers.put(numericInput.name(), number);
			}
		}
		if (!problems.isEmpty()) {
			return new Read(null, problems);
		}
		BigDecimal value;
		try {
			value = question.formula().evaluate(numbers);
		}
		catch (Formula.UndefinedRatioException ex) {
			for (String name : ex.denominator()) {
				problems.add(new AnswerProblem(question.code(), name, "lke.answer.nothingDue"));
			}
			return new Read(null, problems);
		}
		if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
			problems.add(new AnswerProblem(question.code(), question.inputs().get(0).name(), "lke.answer.valueRange",
					value.toPlainString()));
			return new Read(null, problems);
		}
		return new Read(new StoredAnswer(question.code(), null, numbers, justification, value, at, by), problems);
	}

	private static BigDecimal number(NumericInput input, String typed) {
		if (input.surveyIndex()) {
			if (!INDEX.matcher(typed).matches()) {
				return null;
			}
			BigDecimal index = new BigDecimal(typed.replace(',', '.'));
			return (index.compareTo(LOWEST_INDEX) < 0 || index.compareTo(HIGHEST_INDEX) > 0) ? null : index;
		}
		if (!COUNT.matcher(typed).matches()) {
			return null;
		}
		BigDecimal count = new BigDecimal(typed.replace(".", "").replace(",", ""));
		return (count.compareTo(LARGEST_COUNT) > 0) ? null : count;
	}

}
