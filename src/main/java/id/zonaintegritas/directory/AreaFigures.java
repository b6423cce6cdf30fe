package id.zonaintegritas.directory;

import java.math.BigDecimal;
import java.util.Comparator;

/**
 * The units of an institution, a province, a regency or a city and where they stand: what
 * the statistics' tables sort by.
 */
public interface AreaFigures {

	String name();

	long units();

	long declared();

	/** The share of its units designated (WBK or WBBM), in per cent, one decimal. */
	BigDecimal designatedShare();

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
