/**
 * The programme's yearly periods: the windows a national administrator sets for the
 * units' self-assessments, the inspektorat's evaluation, the instansi's proposals, the
 * national evaluation, and the day of designation; where the current period stands.
 * Depends on: audit, shared.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "shared" })
@id.zonaintegritas.shared.ModuleData(tables = { "programme_period" })
package id.zonaintegritas.period;
