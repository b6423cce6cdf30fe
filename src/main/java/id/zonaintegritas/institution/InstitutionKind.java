package id.zonaintegritas.institution;

/** What sort of government body an instansi is. */
public enum InstitutionKind {

	/** A ministry or a national agency, with vertical units across provinces. */
	KEMENTERIAN_LEMBAGA,

	/** A provincial government. */
	PROVINSI,

	/** A regency or city government. */
	KABUPATEN_KOTA

}
