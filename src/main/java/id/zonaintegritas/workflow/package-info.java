/**
 * The ZI programme of each unit: its stage, stage requests and reviewers' decisions,
 * designations (WBK, WBBM) and revocations. Depends on: declaration, pact, document,
 * institution, account, audit, shared.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "declaration", "pact", "document", "institution", "account", "audit", "shared" })
@id.zonaintegritas.shared.ModuleData(
		tables = { "zi_programme", "stage_request", "stage_request_decision", "stage_request_document",
				"stage_request_resubmission", "stage_change", "designation" },
		views = { "programme_standing", "designation_record", "waiting_request", "stage_reached" })
package id.zonaintegritas.workflow;
