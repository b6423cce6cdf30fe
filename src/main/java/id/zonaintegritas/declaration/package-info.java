/**
 * Pencanangan: a unit's public declaration, its witnesses, documents and press coverage.
 * Depends on: document, account, audit, institution, shared.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "document", "account", "audit", "institution", "shared" })
package id.zonaintegritas.declaration;
