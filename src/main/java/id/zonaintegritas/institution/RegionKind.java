package id.zonaintegritas.institution;

/** The level of a region: a province, or a regency or city inside one. */
public enum RegionKind {

	PROVINSI, KABUPATEN, KOTA

}
