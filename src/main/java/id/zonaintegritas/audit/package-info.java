/**
 * The append-only audit trail: who did what, when, to which object. Depends on: shared.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
@id.zonaintegritas.shared.ModuleData(tables = "audit_entry", views = "audit_log")
package id.zonaintegritas.audit;
