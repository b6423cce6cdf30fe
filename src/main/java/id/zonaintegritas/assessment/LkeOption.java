package id.zonaintegritas.assessment;

import java.math.BigDecimal;

/**
 * An answer option of a question.
 *
 * @param id its id (0 for one not stored yet)
 * @param letter {@code Ya}, {@code Tidak}, or {@code A} to {@code E}
 * @param text its full text
 * @param value what choosing it gives, 0 to 1
 */
public record LkeOption(long id, String letter, String text, BigDecimal value) {
}
