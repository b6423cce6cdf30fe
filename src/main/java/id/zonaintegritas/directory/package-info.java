/**
 * The public read side: the home page, the integrity-zone directory, unit pages,
 * statistics and open data. Depends on: institution, workflow, proposal (the published
 * view of proposals and the TPN's outcomes), declaration, pact, document, shared.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "institution", "workflow", "proposal", "declaration", "pact", "document", "shared" })
package id.zonaintegritas.directory;
