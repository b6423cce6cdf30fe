/**
 * Onboarding in bulk: institutions, work units, accounts and TPI teams imported from CSV
 * or XLSX files, each all or nothing with every problem of every row reported, through
 * the owning modules' own rules. Depends on: account, evaluation, institution, shared.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "account", "evaluation", "institution", "shared" })
@id.zonaintegritas.shared.ModuleData(tables = {})
package id.zonaintegritas.onboarding;
