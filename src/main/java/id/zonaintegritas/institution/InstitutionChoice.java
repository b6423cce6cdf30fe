package id.zonaintegritas.institution;

/**
 * An instansi as a choice in a filter.
 *
 * @param id its id
 * @param name its name
 */
public record InstitutionChoice(long id, String name) {
}
