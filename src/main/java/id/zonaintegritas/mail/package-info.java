/**
 * E-mail that is never lost and never sent for nothing: each event that waits on someone
 * becomes a message in the outbox, in the same transaction as the change and in the
 * recipient's language; reminders before a window closes and for requests left waiting;
 * delivery over SMTP with retries and backoff, one instance per message (row locks with
 * SKIP LOCKED); and the administrators' view of the outbox. Depends on: account, audit,
 * assessment, workflow, evaluation, proposal, institution, period, shared.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "audit", "workflow", "evaluation",
		"assessment", "proposal", "institution", "period", "shared" })
@id.zonaintegritas.shared.ModuleData(tables = "outgoing_mail")
package id.zonaintegritas.mail;
