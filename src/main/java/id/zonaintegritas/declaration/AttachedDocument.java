package id.zonaintegritas.declaration;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A document attached to a declaration, and what it is.
 *
 * @param documentId the stored document
 * @param kind the charter, minutes, attendance list, a photo, or another document
 */
@Embeddable
public record AttachedDocument(@Column(name = "document_id") long documentId,
		@Enumerated(EnumType.STRING) DocumentKind kind) {
}
