package id.zonaintegritas.shared;

/**
 * Why one line of an import was refused.
 *
 * @param line the line number in the file (the header is line 1)
 * @param messageKey the reason, as a message key
 * @param arguments the message's arguments
 */
public record ImportProblem(long line, String messageKey, Object... arguments) {
}
