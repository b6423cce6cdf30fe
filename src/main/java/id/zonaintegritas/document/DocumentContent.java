package id.zonaintegritas.document;

/**
 * A document with its bytes, for download.
 *
 * @param document what is known of the document
 * @param content its bytes
 */
public record DocumentContent(DocumentView document, byte[] content) {
}
