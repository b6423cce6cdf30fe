package id.zonaintegritas.assessment;

import java.util.List;
import java.util.Map;
import java.util.Set;

import id.zonaintegritas.institution.WorkUnitSummary;
import id.zonaintegritas.shared.Predicate;

/**
 * Everything an area page of the LKE shows: its questions with their answers, evidence
 * and checklist progress, and the scores of its sub-areas.
 *
 * @param unit the unit
 * @param assessment the self-assessment
 * @param version its version
 * @param area the area
 * @param scorecard the self-assessment's scores
 * @param answers each answered question's answer, by code
 * @param evidence how many documents each question has, by code
 * @param checklist each question's checklist items, by code
 * @param ticked the checklist items the unit has
 * @param editable whether the reader may change the answers
 */
public record LkeAreaPage(WorkUnitSummary unit, SelfAssessment assessment, LkeVersion version, LkeArea area,
		Scorecard scorecard, Map<String, StoredAnswer> answers, Map<String, Integer> evidence,
		Map<String, List<ChecklistItem>> checklist, Set<Long> ticked, boolean editable) {

	/** Each WBK minimum, met or not. */
	public List<Scorecard.MinimumCheck> wbk() {
		return this.scorecard.against(Predicate.WBK);
	}

	/** Each WBBM minimum, met or not. */
	public List<Scorecard.MinimumCheck> wbbm() {
		return this.scorecard.against(Predicate.WBBM);
	}

	public int evidenceOf(String code) {
		return this.evidence.getOrDefault(code, 0);
	}

	/** How many of a question's checklist items the unit has. */
	public long tickedOf(String code) {
		return this.checklist.getOrDefault(code, List.of())
			.stream()
			.filter((item) -> this.ticked.contains(item.id()))
			.count();
	}

	public int checklistSizeOf(String code) {
		return this.checklist.getOrDefault(code, List.of()).size();
	}

}
