/**
 * Institutions (instansi), their work units (unit kerja) with their hierarchy and their
 * moves between institutions, and the regions they sit in. Depends on: audit, shared.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "shared" })
@id.zonaintegritas.shared.ModuleData(tables = { "region", "institution", "work_unit", "work_unit_move" },
		views = { "region_listing", "institution_listing", "unit_register", "unit_listing", "unit_move_record" })
package id.zonaintegritas.institution;
