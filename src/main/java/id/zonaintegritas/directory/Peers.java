package id.zonaintegritas.directory;

/**
 * A unit among the units of its regency or city: how many there are, how many declared,
 * how many hold a predicate.
 *
 * @param regionCode the regency's or city's Kemendagri code, the directory's filter
 * @param regionName its name
 * @param units the units there, this one included
 * @param declared those with a public declaration
 * @param designated those that hold WBK or WBBM
 */
public record Peers(String regionCode, String regionName, long units, long declared, long designated) {
}
