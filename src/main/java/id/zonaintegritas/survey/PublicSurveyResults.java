package id.zonaintegritas.survey;

import id.zonaintegritas.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A survey's results as the public sees them: aggregates only. */
@Service
public class PublicSurveyResults {

	private final SurveyStore store;

	private final SurveyResults results;

	PublicSurveyResults(SurveyStore store, SurveyResults results) {
		this.store = store;
		this.results = results;
	}

	@Transactional(readOnly = true)
	public SurveyResultsView of(String publicCode) {
		return this.results
			.of(this.store.byCode(publicCode).orElseThrow(() -> new NotFoundException("survey.notFound", publicCode)));
	}

}
