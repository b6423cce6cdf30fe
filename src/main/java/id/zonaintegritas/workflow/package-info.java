/**
 * The ZI programme of each unit: its stage, stage requests and reviewers' decisions,
 * designations (WBK, WBBM) and revocations. Depends on: declaration, pact, institution,
 * shared.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "declaration", "pact", "institution", "shared" })
package id.zonaintegritas.workflow;
