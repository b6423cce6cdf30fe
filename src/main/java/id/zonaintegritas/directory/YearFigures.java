package id.zonaintegritas.directory;

/**
 * What happened in one year of the programme, for the trends.
 *
 * @param year the year
 * @param declared units that declared in it (by the declaration's date)
 * @param proposed units proposed to KemenPAN-RB in its period
 * @param designated designations decreed in it
 * @param revoked designations revoked in it
 */
public record YearFigures(int year, long declared, long proposed, long designated, long revoked) {
}
