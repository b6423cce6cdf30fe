/**
 * The append-only audit trail: who did what, when, to which object. Depends on: shared.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package id.zonaintegritas.audit;
