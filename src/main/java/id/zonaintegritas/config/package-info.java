/**
 * Cross-cutting configuration: the embedded development database, demo data, security,
 * locale and web settings. Depends on: shared.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package id.zonaintegritas.config;
