/**
 * Documents: declaration charters, minutes, photos and evidence, checked by content and
 * size and stored in PostgreSQL once per content. Depends on: account, audit, shared.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "audit", "shared" })
@id.zonaintegritas.shared.ModuleData(tables = { "document", "document_content" })
package id.zonaintegritas.document;
