package id.zonaintegritas.shared;

/**
 * One row of an import, with the line a person sees it on.
 *
 * @param <T> what the row says
 * @param line its line in the file, or its row in the sheet
 * @param value what it says
 */
public record ImportRow<T>(long line, T value) {
}
