package id.zonaintegritas.survey;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import id.zonaintegritas.institution.WorkUnitSummary;

/**
 * What a survey's results show: the index with its sample and margin, per quarter, per
 * item (with each answer's count), per service, the responses flagged and not counted,
 * and whether the sample reaches the minimum.
 *
 * @param unit the unit
 * @param survey the survey
 * @param questionnaire the questionnaire in force, whose items are shown
 * @param overall the index over the period
 * @param quarters the index per quarter that has responses
 * @param items each item of the questionnaire in force
 * @param services the index per service the respondents named
 * @param flagged the flagged responses, by flag
 * @param minimumSample the sample the unit should reach
 */
public record SurveyResultsView(WorkUnitSummary unit, Survey survey, Questionnaire questionnaire, SurveyIndex overall,
		List<QuarterResult> quarters, List<ItemResult> items, List<ServiceResult> services,
		Map<String, Integer> flagged, int minimumSample) {

	public SurveyResultsView {
		quarters = List.copyOf(quarters);
		items = List.copyOf(items);
		services = List.copyOf(services);
		flagged = Map.copyOf(flagged);
	}

	public boolean belowMinimum() {
		return this.overall.responses() < this.minimumSample;
	}

	public int flaggedCount() {
		return this.flagged.values().stream().mapToInt(Integer::intValue).sum();
	}

	/**
	 * @param quarter 1 to 4
	 * @param index its index
	 */
	public record QuarterResult(int quarter, SurveyIndex index) {
	}

	/**
	 * @param item the item
	 * @param responses how many answered it
	 * @param mean its mean answer
	 * @param counts how many answered 1, 2, 3 and 4
	 */
	public record ItemResult(Questionnaire.Item item, int responses, BigDecimal mean, List<Integer> counts) {

		/** The share of an answer, in whole percent. */
		public int percent(int answer) {
			return (this.responses == 0) ? 0 : Math.round(100f * this.counts.get(answer - 1) / this.responses);
		}

	}

	/**
	 * @param service the service named
	 * @param index its index
	 */
	public record ServiceResult(String service, SurveyIndex index) {
	}

}
