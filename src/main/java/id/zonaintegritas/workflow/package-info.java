/**
 * The ZI programme of each unit: its stage, stage requests and reviewers' decisions,
 * designations (WBK, WBBM) and revocations. Depends on: declaration, pact, document,
 * institution, account, audit, shared.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "declaration", "pact", "document", "institution", "account", "audit", "shared" })
package id.zonaintegritas.workflow;
