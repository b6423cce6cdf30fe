/**
 * Institutions (instansi), their work units (unit kerja) and the regions they sit in.
 * Depends on: audit, shared.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "shared" })
package id.zonaintegritas.institution;
