/**
 * Pencanangan: a unit's public declaration, its witnesses, documents and press coverage.
 * Depends on: document, audit, institution, shared.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "document", "audit", "institution", "shared" })
package id.zonaintegritas.declaration;
