/**
 * Penandatanganan pakta integritas: who signed the integrity pact of a declaration, and
 * the unit's coverage. Depends on: declaration, institution, audit, shared.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "declaration", "institution", "audit", "shared" })
package id.zonaintegritas.pact;
