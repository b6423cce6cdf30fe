package id.zonaintegritas.assessment;

import id.zonaintegritas.shared.DomainRuleException;

/** A self-assessment command the LKE's rules refuse; nothing was changed. */
public class AssessmentRuleException extends DomainRuleException {

	private final Reason reason;

	AssessmentRuleException(Reason reason, Object... arguments) {
		super(reason.messageKey, arguments);
		this.reason = reason;
	}

	public Reason getReason() {
		return this.reason;
	}

	/** Every refusal of the self-assessment, each with its own message. */
	public enum Reason {

		NO_VERSION_IN_FORCE("lke.rule.noVersionInForce"),

		PERIOD_OUTSIDE("lke.rule.periodOutside"),

		NOT_STARTED("lke.rule.notStarted"),

		SUBMITTED("lke.rule.submitted"),

		INCOMPLETE("lke.rule.incomplete"),

		UNKNOWN_QUESTION("lke.rule.unknownQuestion"),

		UNKNOWN_AREA("lke.rule.unknownArea"),

		NOT_STAFF("lke.rule.assigneeNotStaff"),

		CHECKLIST_ITEM_ELSEWHERE("lke.rule.checklistItemElsewhere"),

		NOT_RETURNED("lke.rule.notReturned"),

		FROM_SURVEY("lke.rule.fromSurvey"),

		NOTHING_RETURNED("lke.rule.nothingReturned"),

		NOT_SUBMITTED("lke.rule.notSubmitted"),

		RETURN_NOTE_REQUIRED("lke.rule.returnNoteRequired"),

		NO_QUESTION_CHOSEN("lke.rule.noQuestionChosen"),

		ALREADY_RETURNED("lke.rule.alreadyReturned"),

		EVALUATION_INCOMPLETE("lke.rule.evaluationIncomplete"),

		QUESTIONS_STILL_RETURNED("lke.rule.questionsStillReturned"),

		EVALUATION_APPROVED("lke.rule.evaluationApproved"),

		APPROVER_IS_EVALUATOR("lke.rule.approverIsEvaluator"),

		LHE_REQUIRED("lke.rule.lheRequired"),

		LHE_DATE_IN_FUTURE("lke.rule.lheDateInFuture"),

		MINIMUM_NOT_DISPUTED("lke.rule.minimumNotDisputed"),

		MINIMUM_NOT_A_SOURCE_VALUE("lke.rule.minimumNotASourceValue");

		private final String messageKey;

		Reason(String messageKey) {
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return this.messageKey;
		}

	}

}
