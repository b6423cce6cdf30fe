/**
 * Oversight: the audit screen, where reviewers read the trail of their institutions'
 * units and administrators the whole trail, and export it. It reads what other modules
 * publish (the audit log, the unit register, reviewers' scopes) and writes nothing.
 * Depends on: audit, institution, account, shared.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "institution", "account", "shared" })
package id.zonaintegritas.oversight;
