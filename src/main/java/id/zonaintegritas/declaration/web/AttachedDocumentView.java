package id.zonaintegritas.declaration.web;

import id.zonaintegritas.declaration.DocumentKind;
import id.zonaintegritas.document.DocumentView;

/**
 * A document attached to a declaration, for the page.
 *
 * @param document the stored document
 * @param kind what it is for the declaration
 */
record AttachedDocumentView(DocumentView document, DocumentKind kind) {
}
