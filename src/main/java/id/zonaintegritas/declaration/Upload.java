package id.zonaintegritas.declaration;

/**
 * A file uploaded with the declaration form.
 *
 * @param fileName the name the browser sent
 * @param content its bytes
 * @param kind what it is: the charter, minutes, a photo…
 */
public record Upload(String fileName, byte[] content, DocumentKind kind) {
}
