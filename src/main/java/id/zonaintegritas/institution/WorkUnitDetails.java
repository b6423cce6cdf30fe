package id.zonaintegritas.institution;

/**
 * What an administrator gives for a work unit.
 *
 * @param institutionId its instansi (fixed once created)
 * @param name its name
 * @param slug its public identifier in URLs; derived from the name when empty; fixed once
 * created, since public links point at it
 * @param regionCode where it sits
 * @param address its address
 * @param staffCount how many staff it has
 */
public record WorkUnitDetails(Long institutionId, String name, String slug, String regionCode, String address,
		Integer staffCount) {
}
