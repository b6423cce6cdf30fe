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

		CHECKLIST_ITEM_ELSEWHERE("lke.rule.checklistItemElsewhere");

		private final String messageKey;

		Reason(String messageKey) {
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return this.messageKey;
		}

	}

}
