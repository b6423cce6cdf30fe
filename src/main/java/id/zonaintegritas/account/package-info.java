/**
 * Accounts, roles (agency staff, reviewer, administrator) and their scopes — the units a
 * staff member works for, the institutions a reviewer reviews — the login lockout, and
 * the object-level access checks every service applies, each account's language and the
 * e-mails it declined, and the one-time links that set a new account's password. Depends
 * on: institution, audit, shared.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "institution", "audit", "shared" })
@id.zonaintegritas.shared.ModuleData(
		tables = { "account", "account_role", "account_institution", "account_work_unit", "login_failure",
				"login_failure_address", "login_lock", "account_mail_declined", "password_setup" },
		views = { "reviewer_scope", "staff_scope", "instansi_head_scope" })
package id.zonaintegritas.account;
