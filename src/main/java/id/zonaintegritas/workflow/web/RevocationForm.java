package id.zonaintegritas.workflow.web;

import id.zonaintegritas.shared.Predicate;
import id.zonaintegritas.workflow.DesignationView;
import id.zonaintegritas.workflow.WorkflowRuleException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The revocation of a predicate a unit holds, with its reason and decree. */
public class RevocationForm {

	@NotNull
	private Predicate predicate;

	@NotBlank
	@Size(max = DesignationView.REVOCATION_REASON_LENGTH)
	private String reason;

	@NotBlank
	@Size(max = DesignationView.REVOCATION_DECREE_LENGTH)
	private String decree;

	/** The field a refusal of the workflow concerns, or {@code null} for the form. */
	static String fieldOf(WorkflowRuleException.Reason reason) {
		return switch (reason) {
			case REASON_REQUIRED -> "reason";
			case DECREE_REQUIRED -> "decree";
			case PREDICATE_NOT_HELD -> "predicate";
			default -> null;
		};
	}

	public Predicate getPredicate() {
		return this.predicate;
	}

	public void setPredicate(Predicate predicate) {
		this.predicate = predicate;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getDecree() {
		return this.decree;
	}

	public void setDecree(String decree) {
		this.decree = decree;
	}

}
