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

	/**
	 * The national administrator: periods and the minimums in force, institutions, units
	 * and accounts.
	 */
	ADMIN,

	/**
	 * The instansi head, or the coordinator acting for them: proposes the eligible units
	 * of one institution to KemenPAN-RB.
	 */
	INSTANSI_HEAD,

	/**
	 * KemenPAN-RB's national evaluators (TPN): select and evaluate the proposed units,
	 * record the Minister's decree or a revocation.
	 */
	TPN,

	/**
	 * Administers the units, accounts and TPI teams of the institutions in its scope, and
	 * nothing else.
	 */
	INSTITUTION_ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

	public ActorRole actorRole() {
		return ActorRole.valueOf(name());
	}

}
