package id.zonaintegritas.document;

import java.time.Instant;

/**
 * A stored document, without its content.
 *
 * @param id the document's id
 * @param workUnitId the unit whose library it is in, or {@code null} for a record of no
 * unit (proposal letters, decrees)
 * @param fileName the cleaned file name, safe to show and to send back
 * @param mediaType the media type detected from the content
 * @param sizeBytes the size in bytes
 * @param sha256 the content's SHA-256, in hex
 * @param uploadedBy who uploaded it
 * @param uploadedAt when
 */
public record DocumentView(long id, Long workUnitId, String fileName, String mediaType, long sizeBytes, String sha256,
		String uploadedBy, Instant uploadedAt) {
}
