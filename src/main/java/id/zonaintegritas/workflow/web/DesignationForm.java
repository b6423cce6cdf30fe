package id.zonaintegritas.workflow.web;

import java.time.LocalDate;

import id.zonaintegritas.shared.Predicate;
import id.zonaintegritas.workflow.DesignationView;
import id.zonaintegritas.workflow.WorkflowRuleException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** The minister's decree designating a unit WBK or WBBM. */
public class DesignationForm {

	@NotNull
	private Predicate predicate;

	@NotBlank
	@Size(max = DesignationView.DECREE_NUMBER_LENGTH)
	private String decreeNumber;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate decreeDate;

	/** The field a refusal of the workflow concerns, or {@code null} for the form. */
	static String fieldOf(WorkflowRuleException.Reason reason) {
		return switch (reason) {
			case DECREE_REQUIRED -> "decreeNumber";
			case DECREE_DATE_IN_FUTURE, DECREE_DATE_BEFORE_PROGRAMME -> "decreeDate";
			case PREDICATE_NOT_TARGET, WBBM_REQUIRES_WBK, ALREADY_DESIGNATED -> "predicate";
			default -> null;
		};
	}

	public Predicate getPredicate() {
		return this.predicate;
	}

	public void setPredicate(Predicate predicate) {
		this.predicate = predicate;
	}

	public String getDecreeNumber() {
		return this.decreeNumber;
	}

	public void setDecreeNumber(String decreeNumber) {
		this.decreeNumber = decreeNumber;
	}

	public LocalDate getDecreeDate() {
		return this.decreeDate;
	}

	public void setDecreeDate(LocalDate decreeDate) {
		this.decreeDate = decreeDate;
	}

}
