package id.zonaintegritas.assessment;

/**
 * Something wrong in the files of an LKE version, where it is.
 *
 * @param file the file
 * @param line the line, from 1; 0 for the file as a whole
 * @param messageKey what is wrong, as a message key
 * @param arguments the message's arguments
 */
public record InstrumentProblem(String file, long line, String messageKey, Object... arguments) {
}
