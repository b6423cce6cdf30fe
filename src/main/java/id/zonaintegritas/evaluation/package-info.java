/**
 * The inspektorat's evaluation (TPI) of the units' self-assessments: the teams of
 * reviewers that evaluate each unit in a period, an evaluator and a lead at least.
 * Depends on: institution, account, period, audit, shared.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "institution", "account", "period", "audit", "shared" })
@id.zonaintegritas.shared.ModuleData(tables = { "tpi_team_member" })
package id.zonaintegritas.evaluation;
