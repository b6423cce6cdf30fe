/**
 * Documents: declaration charters, minutes, photos and evidence, checked by content and
 * size and stored once per content, in PostgreSQL or in an S3-compatible object store
 * (ADR 0016). Depends on: account, audit, shared.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "audit", "shared" })
@id.zonaintegritas.shared.ModuleData(tables = { "document", "document_content" })
package id.zonaintegritas.document;
