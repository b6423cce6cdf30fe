package id.zonaintegritas.account;

import id.zonaintegritas.shared.ActorRole;

/** What an account may do. One account may hold several roles. */
public enum Role {

	/**
	 * The unit's ZI working team: files declarations, signings, evidence and stage
	 * requests.
	 */
	AGENCY_STAFF,

	/**
	 * The instansi's inspektorat (TPI): decides stage requests of its institutions'
	 * units.
	 */
	REVIEWER,

	/** Manages institutions, units and accounts. */
	ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

	public ActorRole actorRole() {
		return ActorRole.valueOf(name());
	}

}
