/**
 * Accounts, roles (agency staff, reviewer, administrator) and their scopes — the units a
 * staff member works for, the institutions a reviewer reviews — the login lockout, and
 * the object-level access checks every service applies. Depends on: institution, audit,
 * shared.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "institution", "audit", "shared" })
package id.zonaintegritas.account;
