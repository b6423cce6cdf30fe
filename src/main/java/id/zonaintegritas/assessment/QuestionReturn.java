package id.zonaintegritas.assessment;

import java.time.Instant;
import java.util.List;

/**
 * A question the TPI returned to the unit, and what the unit changed since.
 *
 * @param code the question
 * @param note why, in the evaluator's words
 * @param returnedAt when
 * @param returnedBy by whom
 * @param revisedAt when the unit sent it back, or {@code null} while it is open
 * @param revisedBy by whom, or {@code null}
 * @param changes every change of the unit's answer after it was returned, newest first
 */
public record QuestionReturn(String code, String note, Instant returnedAt, String returnedBy, Instant revisedAt,
		String revisedBy, List<AnswerChange> changes) {

	public QuestionReturn {
		changes = List.copyOf(changes);
	}

	public boolean open() {
		return this.revisedAt == null;
	}

}
