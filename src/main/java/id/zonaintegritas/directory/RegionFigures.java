package id.zonaintegritas.directory;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The units of one regency or city, or those placed at the level of a province: the same
 * figures the directory finds with the region's filter.
 *
 * @param code the region's Kemendagri code
 * @param name its name
 * @param kind {@code PROVINSI}, {@code KABUPATEN} or {@code KOTA}
 * @param provinceCode its province's code
 * @param provinceName its province's name
 * @param units the units placed in it
 * @param declared those with a public declaration
 * @param building those that declared and hold no predicate
 * @param wbk those that hold WBK
 * @param wbbm those that hold WBBM
 */
public record RegionFigures(String code, String name, String kind, String provinceCode, String provinceName, long units,
		long declared, long building, long wbk, long wbbm) implements AreaFigures {

	/**
	 * The share of its units that declared, in per cent, one decimal; 0 without units.
	 */
	public BigDecimal declaredShare() {
		return share(this.declared);
	}

	@Override
	public BigDecimal designatedShare() {
		return share(this.wbk + this.wbbm);
	}

	private BigDecimal share(long count) {
		return (this.units == 0) ? BigDecimal.ZERO.setScale(1)
				: BigDecimal.valueOf(count * 100).divide(BigDecimal.valueOf(this.units), 1, RoundingMode.HALF_UP);
	}

}
