package id.zonaintegritas.directory;

/**
 * A unit named and linked: a parent or a unit below another.
 *
 * @param slug its public identifier
 * @param name its name
 */
public record UnitLink(String slug, String name) {
}
