package id.zonaintegritas.directory;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An institution's units and where they stand, for the statistics' table by institution:
 * the same figures the directory finds.
 *
 * @param id the institution's id, the directory's filter
 * @param code its code
 * @param name its name
 * @param units its units
 * @param declared those with a public declaration
 * @param building those that declared and hold no predicate
 * @param wbk those that hold WBK
 * @param wbbm those that hold WBBM
 */
public record InstitutionFigures(long id, String code, String name, long units, long declared, long building, long wbk,
		long wbbm) implements AreaFigures {

	@Override
	public BigDecimal designatedShare() {
		return (this.units == 0) ? BigDecimal.ZERO.setScale(1) : BigDecimal.valueOf((this.wbk + this.wbbm) * 100)
			.divide(BigDecimal.valueOf(this.units), 1, RoundingMode.HALF_UP);
	}

}
