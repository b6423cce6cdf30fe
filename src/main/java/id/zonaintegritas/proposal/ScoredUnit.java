package id.zonaintegritas.proposal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import id.zonaintegritas.shared.Predicate;

/**
 * A proposed unit of a period with its scores: the TPI's per area and in total (what it
 * was proposed on), the unit's own total, and the TPN's total once it evaluated.
 *
 * @param unitId the unit
 * @param slug its public identifier
 * @param unitName its name
 * @param institutionName its instansi
 * @param provinceName its province
 * @param predicate what it is proposed for
 * @param lheNumber the TPI's LHE
 * @param letterNumber the cover letter of its proposal
 * @param proposedAt when it was proposed
 * @param selection the TPN's administrative selection, or {@code null}
 * @param result the TPN's result, or {@code null}
 * @param areaCodes the instrument's areas, in order
 * @param tpiAreas the TPI's score of each area, in the same order
 * @param tpiPengungkit the TPI's pengungkit total
 * @param tpiHasil the TPI's hasil total
 * @param tpiTotal the TPI's total
 * @param unitTotal the unit's own total
 * @param tpnTotal the TPN's total, or {@code null} before it evaluated
 */
public record ScoredUnit(long unitId, String slug, String unitName, String institutionName, String provinceName,
		Predicate predicate, String lheNumber, String letterNumber, Instant proposedAt, Selection selection,
		TpnResult result, List<String> areaCodes, List<BigDecimal> tpiAreas, BigDecimal tpiPengungkit,
		BigDecimal tpiHasil, BigDecimal tpiTotal, BigDecimal unitTotal, BigDecimal tpnTotal) {

	public ScoredUnit {
		areaCodes = List.copyOf(areaCodes);
		tpiAreas = List.copyOf(tpiAreas);
	}

	/** The TPI's score of an area, or {@code null} if the instrument has no such area. */
	public BigDecimal tpiArea(String code) {
		int index = this.areaCodes.indexOf(code);
		return (index >= 0) ? this.tpiAreas.get(index) : null;
	}

}
