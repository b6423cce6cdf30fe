package id.zonaintegritas.workflow.web;

import id.zonaintegritas.shared.web.CheckedForm;
import id.zonaintegritas.workflow.DecisionView;
import id.zonaintegritas.workflow.Outcome;
import id.zonaintegritas.workflow.WorkflowRuleException;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A reviewer's decision on a request. */
public class DecisionForm extends CheckedForm {

	@NotNull
	private Outcome outcome;

	@Size(max = DecisionView.REASON_LENGTH)
	private String reason;

	/** The version of the request the reviewer saw. */
	private long version = -1;

	/** The field a refusal of the workflow concerns, or {@code null} for the form. */
	static String fieldOf(WorkflowRuleException.Reason reason) {
		return (reason == WorkflowRuleException.Reason.REASON_REQUIRED) ? "reason" : null;
	}

	public Outcome getOutcome() {
		return this.outcome;
	}

	public void setOutcome(Outcome outcome) {
		this.outcome = outcome;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
