package id.zonaintegritas.directory;

import java.math.BigDecimal;

/**
 * A province's units, for the national map and its table: the same figures the directory
 * finds.
 *
 * @param code the province's Kemendagri code
 * @param name its name
 * @param abbreviation the short name on its tile
 * @param row the tile's row on the map
 * @param column the tile's column on the map
 * @param units the units in the province
 * @param declared the units with a public declaration
 * @param building the units that declared and hold no predicate
 * @param wbk the units that hold WBK
 * @param wbbm the units that hold WBBM
 */
public record ProvinceFigures(String code, String name, String abbreviation, int row, int column, long units,
		long declared, long building, long wbk, long wbbm) implements AreaFigures {

	/** The figure a map measure shows. */
	public BigDecimal value(MapMeasure measure) {
		return switch (measure) {
			case DECLARED -> BigDecimal.valueOf(this.declared);
			case BUILDING -> BigDecimal.valueOf(this.building);
			case WBK -> BigDecimal.valueOf(this.wbk);
			case WBBM -> BigDecimal.valueOf(this.wbbm);
			case DECLARED_SHARE -> declaredShare();
		};
	}

	/** What the national map can be coloured by, as the address names it. */
	public enum MapMeasure {

		DECLARED("mencanangkan"), BUILDING("membangun"), WBK("wbk"), WBBM("wbbm"), DECLARED_SHARE("persen");

		private final String parameter;

		MapMeasure(String parameter) {
			this.parameter = parameter;
		}

		public String parameter() {
			return this.parameter;
		}

		/** The measure an address names, or the number of units that declared. */
		public static MapMeasure of(String parameter) {
			for (MapMeasure measure : values()) {
				if (measure.parameter.equals(parameter)) {
					return measure;
				}
			}
			return DECLARED;
		}

	}

}
