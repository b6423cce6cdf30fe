/**
 * The proposals to KemenPAN-RB and what the national evaluators (TPN) decide on them: the
 * instansi head proposes the units that pass the gate, in the period's proposal window,
 * with a cover letter and an SPTJM; the TPN selects each unit administratively, answers
 * the instansi's one objection, evaluates it beside the unit and the TPI, and records the
 * Minister's decree or that it is not designated; and revokes a predicate by decree.
 * Depends on: evaluation, assessment, workflow, period, document, institution, account,
 * audit, shared.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "evaluation", "assessment", "workflow",
		"period", "document", "institution", "account", "audit", "shared" })
@id.zonaintegritas.shared.ModuleData(tables = { "proposal", "proposed_unit" }, views = { "proposal_record" })
package id.zonaintegritas.proposal;
