/**
 * Cross-cutting configuration: the embedded development database, demo data, security,
 * locale and web settings. Depends on: account, shared.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "shared" })
@id.zonaintegritas.shared.ModuleData(tables = { "form_submission", "spring_session", "spring_session_attributes" })
package id.zonaintegritas.config;
