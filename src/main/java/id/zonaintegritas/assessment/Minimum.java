package id.zonaintegritas.assessment;

import java.math.BigDecimal;

import id.zonaintegritas.shared.Predicate;

/**
 * A minimum to be proposed for a predicate, as a source gives it.
 *
 * @param predicate WBK or WBBM
 * @param criterion what is measured
 * @param scope where: {@code TOTAL}, {@code PENGUNGKIT}, an area (A–F, HB), a half-area
 * ({@code PPA}) or a sub-area ({@code HBA})
 * @param unit {@code points} or {@code percent_of_weight}
 * @param minimum the lowest that meets it
 * @param source which implementation gives it (AXX, EZI, AXX+EZI)
 * @param status whether the sources agree
 * @param note the source's note
 * @param applied whether the portal checks units against it (docs/lke.md)
 */
public record Minimum(Predicate predicate, String criterion, String scope, String unit, BigDecimal minimum,
		String source, String status, String note, boolean applied) {

	public boolean isPercentOfWeight() {
		return "percent_of_weight".equals(this.unit);
	}

}
