package id.zonaintegritas.assessment;

import java.time.Instant;
import java.util.Map;

/**
 * A change of an answer, as kept.
 *
 * @param changedAt when
 * @param changedBy by whom
 * @param before what the answer said before, or {@code null} when it was new
 * @param after what it says since ({@code cleared} when it was taken back)
 */
public record AnswerChange(Instant changedAt, String changedBy, Map<String, Object> before, Map<String, Object> after) {
}
