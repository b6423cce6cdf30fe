package id.zonaintegritas.institution;

/**
 * A work unit as other modules and pages see it.
 *
 * @param id the unit's id
 * @param slug the unit's stable public identifier in URLs
 * @param name the unit's name
 * @param institutionId the id of its instansi
 * @param institutionCode the short code of its instansi
 * @param institutionName the name of its instansi
 * @param regionCode the Kemendagri code of its regency, city or province
 * @param regionName the name of that region
 * @param provinceName the province the unit sits in
 * @param staffCount the number of staff, the denominator of pact coverage
 * @param address its address, if known
 * @param version its version, for optimistic locking of the admin form
 * @param parentSlug the public identifier of the unit it sits under, or none
 * @param parentName that unit's name
 */
public record WorkUnitSummary(long id, String slug, String name, long institutionId, String institutionCode,
		String institutionName, String regionCode, String regionName, String provinceName, int staffCount,
		String address, long version, String parentSlug, String parentName) {
}
