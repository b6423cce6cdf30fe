/**
 * The LKE (Lembar Kerja Evaluasi) of PermenPAN-RB 90/2021: the evaluation instrument as
 * versioned data, institutions' evidence checklists, and units' self-assessments
 * (penilaian mandiri) with their answers, evidence, scores and the gap to the WBK and
 * WBBM minimums; the TPI's and TPN's evaluations of them (their own answers, questions
 * returned to the unit, the LHE) and the minimums in force per period. Depends on:
 * institution, document, account, audit, period, shared.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "institution", "document", "account", "audit", "period", "shared" })
@id.zonaintegritas.shared.ModuleData(tables = { "lke_version", "lke_version_file", "lke_area", "lke_sub_area",
		"lke_question", "lke_option", "lke_numeric_input", "lke_minimum", "lke_checklist_item", "lke_assessment",
		"lke_answer", "lke_answer_number", "lke_evidence", "lke_checklist_tick", "lke_area_assignment",
		"lke_answer_change", "lke_sub_area_tally", "lke_evaluation", "lke_evaluation_answer",
		"lke_evaluation_answer_change", "lke_return", "lke_period_minimum" },
		views = { "lhe_register", "lke_standing", "lke_area_score" })
package id.zonaintegritas.assessment;
