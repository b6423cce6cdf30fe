package id.zonaintegritas.directory;

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

}
