package id.zonaintegritas.assessment;

import java.util.List;
import java.util.Map;

import id.zonaintegritas.institution.WorkUnitSummary;
import id.zonaintegritas.shared.Predicate;

/**
 * Everything the LKE overview shows: the task list of areas with their progress and
 * score, the totals, and how far the unit is from the WBK and WBBM minimums.
 *
 * @param unit the unit
 * @param year the period shown
 * @param years the periods the unit has a self-assessment for, newest first
 * @param currentYear this year: the latest period one can start
 * @param assessment the self-assessment, or {@code null} if not started
 * @param version the version it is made under (or that a new one would use)
 * @param scorecard its scores, or {@code null} if not started
 * @param areas each area's row
 * @param wbk each WBK minimum, met or not
 * @param wbbm each WBBM minimum, met or not
 * @param team the unit's staff, who can take areas
 * @param returned the questions the TPI returned to the unit, with its note, by code
 */
public record LkeOverview(WorkUnitSummary unit, int year, List<Integer> years, int currentYear,
		SelfAssessment assessment, LkeVersion version, Scorecard scorecard, List<AreaRow> areas,
		List<Scorecard.MinimumCheck> wbk, List<Scorecard.MinimumCheck> wbbm, List<TeamMember> team,
		Map<String, String> returned) {

	public boolean started() {
		return this.assessment != null;
	}

	public List<Scorecard.MinimumCheck> checks(Predicate predicate) {
		return (predicate == Predicate.WBK) ? this.wbk : this.wbbm;
	}

	/** The questions not answered yet, in order. */
	public List<LkeQuestion> unanswered() {
		return (this.scorecard == null) ? List.of()
				: this.version.questions()
					.stream()
					.filter((question) -> !this.scorecard.values().containsKey(question.code()))
					.toList();
	}

	/** How many questions have evidence attached. */
	public int withEvidence() {
		return this.areas.stream().mapToInt(AreaRow::withEvidence).sum();
	}

	/** How many of the predicate's minimums are not met yet. */
	public long unmet(Predicate predicate) {
		return checks(predicate).stream().filter((check) -> !check.met()).count();
	}

	/**
	 * An area of the task list.
	 *
	 * @param area the area
	 * @param score its score
	 * @param withEvidence how many of its questions have evidence attached
	 * @param assignee who of the team takes it, or {@code null}
	 */
	public record AreaRow(LkeArea area, Scorecard.AreaScore score, int withEvidence, TeamMember assignee) {

		/** Not started, in progress, or every question answered. */
		public String status() {
			if (this.score.answered() == 0) {
				return "NOT_STARTED";
			}
			return (this.score.answered() == this.area.questionCount()) ? "COMPLETE" : "IN_PROGRESS";
		}

	}

	/**
	 * A member of the unit's ZI team.
	 *
	 * @param username the account
	 * @param name the name shown
	 */
	public record TeamMember(String username, String name) {
	}

}
