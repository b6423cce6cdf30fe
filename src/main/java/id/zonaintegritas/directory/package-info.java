/**
 * The public read side: the home page, the integrity-zone directory, unit pages,
 * statistics and open data. Depends on: institution, workflow, declaration, pact,
 * document, shared.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "institution", "workflow", "declaration", "pact", "document", "shared" })
package id.zonaintegritas.directory;
