package id.zonaintegritas.assessment;

import java.util.List;
import java.util.Optional;

/**
 * A question of the LKE.
 *
 * @param id its id (0 for one not stored yet)
 * @param code such as {@code PPA1A}
 * @param position 1-based, inside its sub-area
 * @param text the question as the instrument gives it
 * @param type how it is answered
 * @param options its options, in order (none for a numeric question)
 * @param inputs the named inputs of a numeric question, in order
 * @param formula how a numeric question's value is computed, or {@code null}
 * @param criterion for a Ya/Tidak question, when the answer is Ya; or {@code null}
 */
public record LkeQuestion(long id, String code, int position, String text, AnswerType type, List<LkeOption> options,
		List<NumericInput> inputs, Formula formula, String criterion) {

	public LkeQuestion {
		options = List.copyOf(options);
		inputs = List.copyOf(inputs);
	}

	public Optional<LkeOption> option(String letter) {
		return this.options.stream().filter((option) -> option.letter().equals(letter)).findFirst();
	}

}
