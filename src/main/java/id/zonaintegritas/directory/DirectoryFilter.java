package id.zonaintegritas.directory;

import id.zonaintegritas.shared.Predicate;

import org.springframework.web.bind.annotation.BindParam;

/**
 * What a visitor searches the directory for, bound from the address (so a search can be
 * shared); every part is optional.
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
public record DirectoryFilter(@BindParam("q") String text, @BindParam("provinsi") String provinceCode,
		@BindParam("wilayah") String regionCode, @BindParam("instansi") Long institutionId,
		@BindParam("tahap") Standing stage, @BindParam("predikat") Predicate predicate,
		@BindParam("tahun") Integer year, @BindParam("urut") String sort, @BindParam("induk") String parentSlug) {

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
