package id.zonaintegritas.assessment;

/**
 * Why an answer was refused, and which of its fields: {@code option},
 * {@code justification} or an input's name.
 *
 * @param questionCode the question
 * @param field the field
 * @param messageKey what is wrong
 * @param arguments the message's arguments
 */
public record AnswerProblem(String questionCode, String field, String messageKey, Object... arguments) {
}
