package id.zonaintegritas.workflow;

import id.zonaintegritas.shared.DomainRuleException;

/** A move the programme's rules do not allow; nothing was changed. */
public class WorkflowRuleException extends DomainRuleException {

	private final Reason reason;

	WorkflowRuleException(Reason reason, Object... arguments) {
		super(reason.messageKey, arguments);
		this.reason = reason;
	}

	public Reason getReason() {
		return this.reason;
	}

	/** Every refusal of the workflow, each with its own message. */
	public enum Reason {

		OPEN_REQUEST_EXISTS("workflow.rule.openRequestExists"),

		NO_SUBMITTED_DECLARATION("workflow.rule.noSubmittedDeclaration"),

		NO_WITNESS("workflow.rule.noWitness"),

		HEAD_HAS_NOT_SIGNED("workflow.rule.headHasNotSigned"),

		DESIGNATION_PENDING("workflow.rule.designationPending"),

		HIGHEST_PREDICATE_HELD("workflow.rule.highestPredicateHeld"),

		REQUEST_NOT_AWAITING_DECISION("workflow.rule.requestNotAwaitingDecision"),

		REQUEST_NOT_RETURNED("workflow.rule.requestNotReturned"),

		OWN_REQUEST("workflow.rule.ownRequest"),

		REASON_REQUIRED("workflow.rule.reasonRequired"),

		PREDICATE_NOT_TARGET("workflow.rule.predicateNotTarget"),

		WBBM_REQUIRES_WBK("workflow.rule.wbbmRequiresWbk"),

		DECREE_REQUIRED("workflow.rule.decreeRequired"),

		DECREE_DATE_IN_FUTURE("workflow.rule.decreeDateInFuture"),

		DECREE_DATE_BEFORE_PROGRAMME("workflow.rule.decreeDateBeforeProgramme"),

		DECREE_BEFORE_PROPOSAL("workflow.rule.decreeBeforeProposal"),

		DECREE_BEFORE_DESIGNATION("workflow.rule.decreeBeforeDesignation"),

		PREDICATE_NOT_HELD("workflow.rule.predicateNotHeld"),

		MOVED_BY_EVALUATION("workflow.rule.movedByEvaluation"),

		NOT_AT_STAGE("workflow.rule.notAtStage");

		private final String messageKey;

		Reason(String messageKey) {
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return this.messageKey;
		}

	}

}
