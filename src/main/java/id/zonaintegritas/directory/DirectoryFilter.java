package id.zonaintegritas.directory;

/**
 * What a visitor searches the directory for; every part is optional.
 *
 * @param text words of a unit's or institution's name, in any case, with or without
 * accents
 * @param provinceCode a province's Kemendagri code
 * @param regionCode a regency's or city's Kemendagri code
 * @param institutionId an instansi
 * @param stage a stage of the programme
 * @param predicate a predicate held (WBK or WBBM)
 * @param year the year of the declaration
 * @param sort {@code nama} (default), {@code terbaru} (newest declaration first) or
 * {@code tahap}
 */
public record DirectoryFilter(String text, String provinceCode, String regionCode, Long institutionId, String stage,
		String predicate, Integer year, String sort) {
}
