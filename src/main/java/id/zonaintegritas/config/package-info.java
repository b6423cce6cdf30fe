/**
 * Cross-cutting configuration: the embedded development database, demo data, security,
 * locale and web settings. Depends on: account, shared.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "shared" })
package id.zonaintegritas.config;
