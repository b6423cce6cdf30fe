/**
 * The public read side: the home page, the integrity-zone directory, unit pages,
 * statistics and open data. Depends on: institution, workflow, proposal (the published
 * view of proposals and the TPN's outcomes), survey (the published indices), declaration,
 * pact, document, audit, shared. It keeps the abbreviations the search understands.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "institution", "workflow", "proposal", "survey",
		"declaration", "pact", "document", "audit", "shared" })
@id.zonaintegritas.shared.ModuleData(tables = { "search_abbreviation" })
package id.zonaintegritas.directory;
