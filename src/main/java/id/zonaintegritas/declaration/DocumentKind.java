package id.zonaintegritas.declaration;

/** What a document attached to a declaration is. */
public enum DocumentKind {

	/** Piagam pencanangan: the signed charter. */
	PIAGAM,

	/** Notulen: the minutes. */
	NOTULEN,

	/** Daftar hadir: the attendance list. */
	DAFTAR_HADIR,

	/** Foto: photographs of the event. */
	FOTO,

	LAINNYA

}
