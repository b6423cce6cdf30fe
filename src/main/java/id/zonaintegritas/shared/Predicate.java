package id.zonaintegritas.shared;

/** The predicates of the Zona Integritas programme, earned in this order. */
public enum Predicate {

	/** Wilayah Bebas dari Korupsi: corruption-free area. */
	WBK,

	/**
	 * Wilayah Birokrasi Bersih dan Melayani: clean, serving bureaucracy; only after WBK.
	 */
	WBBM

}
