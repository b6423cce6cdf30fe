/**
 * Institutions (instansi), their work units (unit kerja) and the regions they sit in.
 * Depends on: shared.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package id.zonaintegritas.institution;
