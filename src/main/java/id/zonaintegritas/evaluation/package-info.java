/**
 * The inspektorat's evaluation (TPI) of the units' self-assessments: the teams of
 * reviewers that evaluate each unit in a period (an evaluator and a lead at least), the
 * desk evaluation question by question, the LHE, and the eligibility gate that decides
 * whether a unit may be proposed. Depends on: assessment, workflow, institution, account,
 * period, audit, shared.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "assessment", "workflow", "institution", "account", "period", "audit", "shared" })
@id.zonaintegritas.shared.ModuleData(tables = { "tpi_team_member" }, views = { "tpi_team_lead" })
package id.zonaintegritas.evaluation;
