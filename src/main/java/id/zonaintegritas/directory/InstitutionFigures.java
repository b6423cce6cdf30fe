package id.zonaintegritas.directory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;

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
		long wbbm) {

	/** The share of its units designated (WBK or WBBM), in per cent, one decimal. */
	public BigDecimal designatedShare() {
		return (this.units == 0) ? BigDecimal.ZERO.setScale(1) : BigDecimal.valueOf((this.wbk + this.wbbm) * 100)
			.divide(BigDecimal.valueOf(this.units), 1, RoundingMode.HALF_UP);
	}

	/** How the table is ordered, as the address names it. */
	public enum Order {

		NAME("nama", Comparator.comparing(InstitutionFigures::name)),

		UNITS("unit", Comparator.comparingLong(InstitutionFigures::units).reversed()),

		DECLARED("mencanangkan", Comparator.comparingLong(InstitutionFigures::declared).reversed()),

		DESIGNATED("ditetapkan", Comparator.comparing(InstitutionFigures::designatedShare).reversed());

		private final String parameter;

		private final Comparator<InstitutionFigures> comparator;

		Order(String parameter, Comparator<InstitutionFigures> comparator) {
			this.parameter = parameter;
			this.comparator = comparator.thenComparing(InstitutionFigures::name);
		}

		public String parameter() {
			return this.parameter;
		}

		public Comparator<InstitutionFigures> comparator() {
			return this.comparator;
		}

		/** The order an address names, or by name. */
		public static Order of(String parameter) {
			for (Order order : values()) {
				if (order.parameter.equals(parameter)) {
					return order;
				}
			}
			return NAME;
		}

	}

}
