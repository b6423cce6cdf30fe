/**
 * Pencanangan: a unit's public declaration, its witnesses and its documents. Depends on:
 * institution, shared.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "institution", "shared" })
package id.zonaintegritas.declaration;
