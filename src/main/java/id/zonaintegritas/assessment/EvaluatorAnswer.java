package id.zonaintegritas.assessment;

/**
 * An evaluator's answer to a question.
 *
 * @param answer their own answer (its justification is their note)
 * @param stands whether the unit's answer stands
 * @param revision how many times it was saved: a save made on an older revision is
 * refused
 */
public record EvaluatorAnswer(StoredAnswer answer, boolean stands, int revision) {
}
