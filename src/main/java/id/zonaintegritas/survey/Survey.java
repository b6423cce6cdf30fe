package id.zonaintegritas.survey;

/**
 * A unit's survey of one kind in a period.
 *
 * @param id the survey
 * @param workUnitId the unit
 * @param year the period
 * @param kind SPAK or SPKP
 * @param publicCode the code in its public link
 * @param access how a visit proves it is one: a receipt's one-time code or a counter's
 * token
 * @param population the people the unit serves in the period, or {@code null}
 */
public record Survey(long id, long workUnitId, int year, SurveyKind kind, String publicCode, Access access,
		Integer population) {

	/** How a respondent shows that their visit is one. */
	public enum Access {

		/** A one-time code printed on the service receipt. */
		RECEIPT,

		/** A short-lived token in the QR code at the service counter. */
		COUNTER

	}

	/** The public path of its questionnaire. */
	public String path() {
		return "/survei/" + this.publicCode;
	}

}
