package id.zonaintegritas.survey;

import id.zonaintegritas.shared.LocalizedException;

/** Too many responses from one address in the last hour: answered 429, nothing stored. */
public class SurveyThrottledException extends LocalizedException {

	SurveyThrottledException() {
		super("survey.rule.throttled");
	}

}
