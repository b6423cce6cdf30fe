/**
 * Pencanangan: a unit's public declaration, its witnesses, documents and press coverage.
 * Depends on: document, account, audit, institution, shared.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "document", "account", "audit", "institution", "shared" })
@id.zonaintegritas.shared.ModuleData(tables = { "declaration", "witness", "declaration_document",
		"declaration_press_link", "declaration_version", "declaration_unit" }, views = "public_declaration")
package id.zonaintegritas.declaration;
