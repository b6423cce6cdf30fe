package id.zonaintegritas.workflow;

import java.util.Optional;

/** The five stages of a Zona Integritas programme, in order. */
public enum Stage {

	/** The public declaration and the signing of the integrity pact. */
	PENCANANGAN,

	/** Building: reform in the six areas of change, monitored monthly. */
	PEMBANGUNAN,

	/** Proposal: self-assessment on the LKE, evaluated by the TPI. */
	PENGUSULAN,

	/** Assessment by the national team (TPN). */
	PENILAIAN,

	/** Designation by the minister. */
	PENETAPAN;

	/** The stage after this one within a cycle, if any. */
	public Optional<Stage> next() {
		return (this == PENETAPAN) ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
	}

	/**
	 * Whether a reviewer's rejection here is a failed assessment that sends the unit back
	 * to building.
	 */
	boolean isAssessment() {
		return this == PENGUSULAN || this == PENILAIAN;
	}

	/**
	 * Whether the move out of this stage is made by an evaluation (the TPI's LHE, the
	 * instansi's proposal, the TPN's result), not by the unit's request.
	 */
	public boolean isMovedByEvaluation() {
		return this == PEMBANGUNAN || this == PENGUSULAN || this == PENILAIAN;
	}

}
