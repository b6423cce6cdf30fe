package id.zonaintegritas.directory;

import id.zonaintegritas.shared.Predicate;

/**
 * What a visitor searches the directory for, read from the address (so a search can be
 * shared: {@code q}, {@code provinsi}, {@code wilayah}, {@code instansi}, {@code tahap},
 * {@code predikat}, {@code tahun}, {@code urut}, {@code induk}); every part is optional.
 *
 * @param text words of a unit's or institution's name, in any case, with or without
 * accents
 * @param provinceCode a province's Kemendagri code
 * @param regionCode a regency's or city's Kemendagri code
 * @param institutionId an instansi
 * @param stage where the units stand: not declared yet, or a stage of the programme
 * @param predicate a predicate held (WBK or WBBM)
 * @param year the year of the declaration
 * @param sort {@code nama} (default), {@code terbaru} (newest declaration first) or
 * {@code tahap} (furthest stage first)
 * @param parentSlug a unit whose units below it (at any depth) are wanted
 */
public record DirectoryFilter(String text, String provinceCode, String regionCode, Long institutionId, Standing stage,
		Predicate predicate, Integer year, String sort, String parentSlug) {

	/** How the units are ordered, as the address names it. */
	public enum Order {

		NAMA, TERBARU, TAHAP

	}

	/** An empty search: every unit by name. */
	public static DirectoryFilter none() {
		return new DirectoryFilter(null, null, null, null, null, null, null, null, null);
	}

	public Order order() {
		for (Order order : Order.values()) {
			if (order.name().equalsIgnoreCase(this.sort)) {
				return order;
			}
		}
		return Order.NAMA;
	}

	boolean hasText() {
		return this.text != null && !this.text.isBlank();
	}

	boolean needsStanding() {
		return this.stage != null || this.predicate != null || order() == Order.TAHAP;
	}

}
