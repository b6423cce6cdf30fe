package id.zonaintegritas.directory;

/**
 * Where a unit stands as the public sees it: {@link #BELUM} until it has a public
 * declaration, then its stage. The directory filters on it and /statistik counts by it,
 * so a bar of the chart and the search it links to find the same units.
 */
public enum Standing {

	BELUM, PENCANANGAN, PEMBANGUNAN, PENGUSULAN, PENILAIAN, PENETAPAN;

	/** The standing of a unit at this stage, with or without a public declaration. */
	public static Standing of(String stage, boolean declared) {
		return (!declared && PENCANANGAN.name().equals(stage)) ? BELUM : valueOf(stage);
	}

}
