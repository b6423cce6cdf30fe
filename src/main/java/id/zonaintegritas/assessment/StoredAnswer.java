package id.zonaintegritas.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An answer as it is stored.
 *
 * @param questionCode the question
 * @param option the chosen option's letter, or {@code null} for a numeric question
 * @param numbers a numeric question's inputs, by name
 * @param justification why, or {@code null}
 * @param value the question's value, 0 to 1
 * @param answeredAt when it was last changed
 * @param answeredBy by whom
 */
public record StoredAnswer(String questionCode, String option, Map<String, BigDecimal> numbers, String justification,
		BigDecimal value, Instant answeredAt, String answeredBy) {

	public StoredAnswer {
		numbers = Map.copyOf(numbers);
	}

	/** What the answer says, for the history of its changes. */
	Map<String, Object> state() {
		Map<String, Object> state = new LinkedHashMap<>();
		if (this.option != null) {
			state.put("option", this.option);
		}
		if (!this.numbers.isEmpty()) {
			Map<String, String> numbers = new LinkedHashMap<>();
			this.numbers.forEach((name, value) -> numbers.put(name, value.toPlainString()));
			state.put("numbers", numbers);
		}
		if (this.justification != null) {
			state.put("justification", this.justification);
		}
		state.put("value", this.value.toPlainString());
		return state;
	}

	/** Whether it says the same as another, whoever gave it and when. */
	boolean sameAs(StoredAnswer other) {
		return other != null && state().equals(other.state());
	}

}
