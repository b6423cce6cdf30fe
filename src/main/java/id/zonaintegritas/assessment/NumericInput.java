package id.zonaintegritas.assessment;

/**
 * A named number of a numeric question.
 *
 * @param name the name its formula uses
 * @param label what the form asks for
 * @param role its place in the formula (numerator, denominator, ...), or {@code null}
 * @param surveyIndex whether it is a survey index on the 1–4 scale (IPAK, IPKP) rather
 * than a count
 */
public record NumericInput(String name, String label, String role, boolean surveyIndex) {
}
