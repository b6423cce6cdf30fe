package id.zonaintegritas.declaration;

/**
 * What a document attached to a declaration is, and whether the public sees it: the
 * charter and the photos are public, as the declaration itself is; minutes and attendance
 * lists name people and stay inside.
 */
public enum DocumentKind {

	/** Piagam pencanangan: the signed charter. */
	PIAGAM(true),

	/** Notulen: the minutes. */
	NOTULEN(false),

	/** Daftar hadir: the attendance list. */
	DAFTAR_HADIR(false),

	/** Foto: photographs of the event. */
	FOTO(true),

	LAINNYA(false);

	private final boolean publicWithTheDeclaration;

	DocumentKind(boolean publicWithTheDeclaration) {
		this.publicWithTheDeclaration = publicWithTheDeclaration;
	}

	/** Whether documents of this kind are public once their declaration is submitted. */
	public boolean isPublic() {
		return this.publicWithTheDeclaration;
	}

}
