package id.zonaintegritas.evaluation;

/** A reviewer's place in a TPI team. */
public enum TpiRole {

	/** Evaluates the self-assessment question by question. */
	EVALUATOR,

	/** Approves the team's result; never its evaluator. */
	LEAD

}
