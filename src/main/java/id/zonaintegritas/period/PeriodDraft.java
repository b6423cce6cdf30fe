package id.zonaintegritas.period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A period as an administrator sets it.
 *
 * @param year the period
 * @param selfAssessmentOpens first day units may submit their self-assessments
 * @param selfAssessmentCloses last day
 * @param tpiEvaluationOpens first day of the inspektorat's evaluation
 * @param tpiEvaluationCloses last day
 * @param proposalOpens first day of the instansi's proposals
 * @param proposalCloses last day
 * @param tpnEvaluationOpens first day of the national evaluation
 * @param tpnEvaluationCloses last day
 * @param designationOn the day of designation
 * @param objectionDays how many days after the TPN's selection the instansi may object
 */
public record PeriodDraft(int year, LocalDate selfAssessmentOpens, LocalDate selfAssessmentCloses,
		LocalDate tpiEvaluationOpens, LocalDate tpiEvaluationCloses, LocalDate proposalOpens, LocalDate proposalCloses,
		LocalDate tpnEvaluationOpens, LocalDate tpnEvaluationCloses, LocalDate designationOn, int objectionDays) {

	/** The earliest year a period can be set for: the programme's first. */
	public static final int FIRST_YEAR = 2014;

	/**
	 * Every way the draft breaks the calendar's rules, each on its field: every date
	 * given; each window opens before it closes; the self-assessments open in the
	 * period's year; the windows open in the programme's order, and the proposals close
	 * before the national evaluation does, which closes before the designation.
	 */
	List<Problem> problems() {
		List<Problem> problems = new ArrayList<>();
		if (this.year < FIRST_YEAR || this.year > 2100) {
			problems.add(new Problem("year", "period.rule.year", FIRST_YEAR));
		}
		String[] fields = { "selfAssessmentOpens", "selfAssessmentCloses", "tpiEvaluationOpens", "tpiEvaluationCloses",
				"proposalOpens", "proposalCloses", "tpnEvaluationOpens", "tpnEvaluationCloses", "designationOn" };
		LocalDate[] dates = { this.selfAssessmentOpens, this.selfAssessmentCloses, this.tpiEvaluationOpens,
				this.tpiEvaluationCloses, this.proposalOpens, this.proposalCloses, this.tpnEvaluationOpens,
				this.tpnEvaluationCloses, this.designationOn };
		if (this.objectionDays < 1 || this.objectionDays > 60) {
			problems.add(new Problem("objectionDays", "period.rule.objectionDays"));
		}
		for (int i = 0; i < fields.length; i++) {
			if (dates[i] == null) {
				problems.add(new Problem(fields[i], "period.rule.dateMissing"));
			}
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		for (int i = 0; i < 8; i += 2) {
			if (dates[i + 1].isBefore(dates[i])) {
				problems.add(new Problem(fields[i + 1], "period.rule.closesBeforeOpening"));
			}
		}
		if (this.selfAssessmentOpens.getYear() != this.year) {
			problems.add(new Problem("selfAssessmentOpens", "period.rule.startsInItsYear", String.valueOf(this.year)));
		}
		for (int i = 2; i < 8; i += 2) {
			if (dates[i].isBefore(dates[i - 2])) {
				problems.add(new Problem(fields[i], "period.rule.opensInOrder"));
			}
		}
		if (this.tpnEvaluationCloses.isBefore(this.proposalCloses)) {
			problems.add(new Problem("tpnEvaluationCloses", "period.rule.tpnAfterProposals"));
		}
		if (this.designationOn.isBefore(this.tpnEvaluationCloses)) {
			problems.add(new Problem("designationOn", "period.rule.designationLast"));
		}
		return problems;
	}

	/**
	 * A rule the draft breaks.
	 *
	 * @param field the field it is about
	 * @param messageKey what is wrong
	 * @param arguments the message's arguments
	 */
	public record Problem(String field, String messageKey, Object... arguments) {
	}

}
