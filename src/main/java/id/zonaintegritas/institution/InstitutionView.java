package id.zonaintegritas.institution;

/**
 * An instansi as pages see it.
 *
 * @param id its id
 * @param code its short code, for instance {@code BPS}
 * @param name its name
 * @param kind ministry or agency, province, or regency/city
 * @param regionCode the region of a regional government, or {@code null}
 * @param regionName that region's name, or {@code null}
 * @param workUnits how many work units it has
 * @param version its version, for optimistic locking of the admin form
 */
public record InstitutionView(long id, String code, String name, InstitutionKind kind, String regionCode,
		String regionName, long workUnits, long version) {
}
