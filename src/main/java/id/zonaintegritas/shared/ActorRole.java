package id.zonaintegritas.shared;

/** In which capacity someone acted; recorded in the audit trail. */
public enum ActorRole {

	AGENCY_STAFF, REVIEWER, ADMIN, INSTANSI_HEAD, TPN, INSTITUTION_ADMIN,

	/** The portal itself: imports, demo data, scheduled work. */
	SYSTEM

}
