package id.zonaintegritas.workflow;

/** Why a programme's stage changed. */
public enum StageChangeCause {

	REQUEST_APPROVED, ASSESSMENT_FAILED, PREDICATE_REVOKED

}
