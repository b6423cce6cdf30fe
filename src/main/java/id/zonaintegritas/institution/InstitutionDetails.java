package id.zonaintegritas.institution;

/**
 * What an administrator gives for an instansi.
 *
 * @param code its short code (upper case letters, digits and dashes)
 * @param name its name
 * @param kind ministry or agency, province, or regency/city
 * @param regionCode for a regional government, its province or regency/city
 */
public record InstitutionDetails(String code, String name, InstitutionKind kind, String regionCode) {
}
