package id.zonaintegritas.directory;

import id.zonaintegritas.institution.RegionKind;

/**
 * The units of one regency or city, or those placed at the level of a province: the same
 * figures the directory finds with the region's filter.
 *
 * @param code the region's Kemendagri code
 * @param name its name
 * @param kind a regency, a city, or a province (for its units placed at its own level)
 * @param provinceCode its province's code
 * @param provinceName its province's name
 * @param units the units placed in it
 * @param declared those with a public declaration
 * @param building those that declared and hold no predicate
 * @param wbk those that hold WBK
 * @param wbbm those that hold WBBM
 */
public record RegionFigures(String code, String name, RegionKind kind, String provinceCode, String provinceName,
		long units, long declared, long building, long wbk, long wbbm) implements AreaFigures {

	/** Whether it stands for the units placed at the level of the province itself. */
	public boolean provinceLevel() {
		return this.kind == RegionKind.PROVINSI;
	}

}
