/**
 * Accounts, roles (agency staff, reviewer, administrator) and their scopes: the units a
 * staff member works for and the institutions a reviewer assesses. Depends on:
 * institution, shared.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "institution", "shared" })
package id.zonaintegritas.account;
