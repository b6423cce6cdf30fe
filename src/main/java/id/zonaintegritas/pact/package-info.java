/**
 * Penandatanganan pakta integritas: who signed the integrity pact of a declaration, and
 * the unit's coverage. Depends on: declaration, institution, shared.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "declaration", "institution", "shared" })
package id.zonaintegritas.pact;
