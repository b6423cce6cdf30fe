package id.zonaintegritas.pact;

/** In which capacity someone signed the pakta integritas. */
public enum SigningRole {

	/** The head of the unit (or instansi) who declares. */
	PIMPINAN,

	/** A member of the unit's staff. */
	PEGAWAI,

	/** Someone outside the unit who signs in support, such as a mayor. */
	PENDUKUNG_EKSTERNAL

}
