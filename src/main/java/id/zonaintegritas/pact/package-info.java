/**
 * Penandatanganan pakta integritas: who signed the integrity pact of a declaration, and
 * the unit's coverage. Depends on: declaration, institution, account, audit, shared.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "declaration", "institution", "account", "audit", "shared" })
@id.zonaintegritas.shared.ModuleData(tables = "pact_signing")
package id.zonaintegritas.pact;
