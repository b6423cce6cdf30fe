package id.zonaintegritas.directory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;

/**
 * The units of an institution, a province, a regency or a city and where they stand: what
 * the statistics' tables sort by.
 */
public interface AreaFigures {

	String name();

	long units();

	long declared();

	long wbk();

	long wbbm();

	/**
	 * The share of its units that declared, in per cent, one decimal; 0 without units.
	 */
	default BigDecimal declaredShare() {
		return share(declared(), units());
	}

	/** The share of its units designated (WBK or WBBM), in per cent, one decimal. */
	default BigDecimal designatedShare() {
		return share(wbk() + wbbm(), units());
	}

	private static BigDecimal share(long count, long units) {
		return (units == 0) ? BigDecimal.ZERO.setScale(1)
				: BigDecimal.valueOf(count * 100).divide(BigDecimal.valueOf(units), 1, RoundingMode.HALF_UP);
	}

	/** How a table of areas is ordered, as the address names it. */
	enum Order {

		NAME("nama"), UNITS("unit"), DECLARED("mencanangkan"), DESIGNATED("ditetapkan");

		private final String parameter;

		Order(String parameter) {
			this.parameter = parameter;
		}

		public String parameter() {
			return this.parameter;
		}

		/** Largest first, except by name; ties by name. */
		public <T extends AreaFigures> Comparator<T> comparator() {
			Comparator<T> first = switch (this) {
				case NAME -> Comparator.comparing(AreaFigures::name);
				case UNITS -> Comparator.<T>comparingLong(AreaFigures::units).reversed();
				case DECLARED -> Comparator.<T>comparingLong(AreaFigures::declared).reversed();
				case DESIGNATED -> Comparator.<T, BigDecimal>comparing(AreaFigures::designatedShare).reversed();
			};
			return first.thenComparing(AreaFigures::name);
		}

		/**
		 * The order an address names, or {@code null} when it names none (the table keeps
		 * its own order).
		 */
		public static Order named(String parameter) {
			return (parameter != null) ? of(parameter) : null;
		}

		/** The areas in this order, or as they came without one. */
		public static <T extends AreaFigures> List<T> sort(List<T> areas, Order order) {
			return (order != null) ? areas.stream().sorted(order.<T>comparator()).toList() : areas;
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
