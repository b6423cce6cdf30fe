/**
 * Institutions (instansi), their work units (unit kerja) and the regions they sit in.
 * Depends on: audit, shared.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "shared" })
@id.zonaintegritas.shared.ModuleData(tables = { "region", "institution", "work_unit" },
		views = { "region_listing", "institution_listing", "unit_register", "unit_listing" })
package id.zonaintegritas.institution;
