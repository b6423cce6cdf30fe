package id.zonaintegritas.assessment;

/** Who evaluates a submitted self-assessment, each with their own answers. */
public enum Evaluator {

	/** The institution's inspektorat (Tim Penilai Internal). */
	TPI,

	/** KemenPAN-RB's national evaluators (Tim Penilai Nasional). */
	TPN

}
