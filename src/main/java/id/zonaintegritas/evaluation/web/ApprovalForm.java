package id.zonaintegritas.evaluation.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** The LHE the team lead approves: its number and date. */
public class ApprovalForm {

	private String lheNumber;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate lheDate;

	public String getLheNumber() {
		return this.lheNumber;
	}

	public void setLheNumber(String lheNumber) {
		this.lheNumber = lheNumber;
	}

	public LocalDate getLheDate() {
		return this.lheDate;
	}

	public void setLheDate(LocalDate lheDate) {
		this.lheDate = lheDate;
	}

}
