/**
 * The public's voice: each unit's SPAK (anti-corruption perception) and SPKP
 * (service-quality perception) surveys per period, answered anonymously on a phone from a
 * poster's QR code, with one response per visit (a receipt's one-time code or a counter's
 * short-lived token), a rate limit per address and suspicious responses flagged; the
 * questionnaires as versioned data; the indices IPAK and IPKP with their margins of
 * error, per item, service and quarter, which become the unit's LKE answers; imports of
 * surveys run elsewhere. Depends on: assessment, institution, account, period, audit,
 * shared.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "assessment", "institution", "account", "period", "audit", "shared" })
@id.zonaintegritas.shared.ModuleData(tables = { "survey_version", "survey_item", "survey", "survey_receipt_code",
		"survey_import", "survey_response", "survey_tally" },
		views = { "survey_quarter_result", "survey_period_result" })
package id.zonaintegritas.survey;
