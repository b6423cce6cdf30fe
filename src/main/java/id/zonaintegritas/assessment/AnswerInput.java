package id.zonaintegritas.assessment;

import java.util.Map;

/**
 * An answer as a form sends it.
 *
 * @param option the chosen option's letter ({@code Ya}, {@code Tidak}, {@code A}…), or
 * {@code null}
 * @param numbers a numeric question's inputs as typed (a comma may mark the decimals), by
 * name
 * @param justification why, in the unit's words
 */
public record AnswerInput(String option, Map<String, String> numbers, String justification) {

	public AnswerInput {
		numbers = (numbers != null) ? Map.copyOf(numbers) : Map.of();
	}

	/** Nothing chosen, typed or said: the question is left unanswered. */
	public boolean isEmpty() {
		return (this.option == null || this.option.isBlank())
				&& this.numbers.values().stream().allMatch((value) -> value == null || value.isBlank())
				&& (this.justification == null || this.justification.isBlank());
	}

}
