package id.zonaintegritas.assessment;

/** How a question of the LKE is answered. */
public enum AnswerType {

	/** Ya (1) or Tidak (0). */
	YA_TIDAK(2),

	/** Three options, A to C. */
	A_C(3),

	/** Four options, A to D. */
	A_D(4),

	/** Five options, A to E. */
	A_E(5),

	/** Named numbers, from which a formula computes the value (a ratio capped at 1). */
	NUMERIC(0);

	private final int options;

	AnswerType(int options) {
		this.options = options;
	}

	/** How many options a question of this type has; none for a numeric one. */
	public int options() {
		return this.options;
	}

	public boolean isNumeric() {
		return this == NUMERIC;
	}

}
