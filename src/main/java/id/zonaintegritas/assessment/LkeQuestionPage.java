package id.zonaintegritas.assessment;

import java.util.List;
import java.util.Set;

import id.zonaintegritas.document.DocumentView;
import id.zonaintegritas.institution.WorkUnitSummary;

/**
 * Everything a question's page shows: the question, the answer, its evidence and the
 * institution's checklist, and every change of the answer.
 *
 * @param unit the unit
 * @param assessment the self-assessment
 * @param area the question's area
 * @param subArea its sub-area
 * @param question the question
 * @param answer the answer, or {@code null}
 * @param evidence the documents attached as evidence
 * @param library the unit's other documents, which can be attached (empty for readers who
 * cannot change the answer)
 * @param checklist the institution's checklist for the question
 * @param ticked the items the unit has
 * @param changes every change of the answer, newest first
 * @param editable whether the reader may change it
 * @param returnNote why the TPI returned the question to the unit, while it is returned;
 * or {@code null}
 */
public record LkeQuestionPage(WorkUnitSummary unit, SelfAssessment assessment, LkeArea area, LkeSubArea subArea,
		LkeQuestion question, StoredAnswer answer, List<DocumentView> evidence, List<DocumentView> library,
		List<ChecklistItem> checklist, Set<Long> ticked, List<AnswerChange> changes, boolean editable,
		String returnNote) {

	/** How many of the checklist's items the unit has. */
	public long tickedCount() {
		return this.checklist.stream().filter((item) -> this.ticked.contains(item.id())).count();
	}

}
