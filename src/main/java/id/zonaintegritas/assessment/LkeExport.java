package id.zonaintegritas.assessment;

import java.util.List;
import java.util.Map;

import id.zonaintegritas.institution.WorkUnitSummary;

/**
 * A whole self-assessment, for its workbook.
 *
 * @param unit the unit
 * @param assessment the self-assessment
 * @param version its version
 * @param scorecard its scores
 * @param answers each answered question's answer, by code
 * @param evidence the file names of each question's evidence, by code
 */
public record LkeExport(WorkUnitSummary unit, SelfAssessment assessment, LkeVersion version, Scorecard scorecard,
		Map<String, StoredAnswer> answers, Map<String, List<String>> evidence) {
}
