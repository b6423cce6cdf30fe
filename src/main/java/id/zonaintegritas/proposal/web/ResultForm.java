package id.zonaintegritas.proposal.web;

import java.time.LocalDate;

import id.zonaintegritas.proposal.Selection;
import id.zonaintegritas.shared.Predicate;
import id.zonaintegritas.shared.web.CheckedForm;
import id.zonaintegritas.workflow.WorkflowRuleException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * The TPN's forms on a proposed unit: the selection with its notes, the answer to an
 * objection, the field notes, the decree (number, date, file) or why not designated, and
 * a revocation.
 */
public class ResultForm extends CheckedForm {

	private Selection selection;

	private String notes;

	private Boolean upheld;

	private String answer;

	private String fieldNotes;

	private String decreeNumber;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate decreeDate;

	private MultipartFile decreeFile;

	private String reason;

	private Predicate predicate;

	/**
	 * What a result needs before its check page can say what will happen: a decree's
	 * number and date, a reason where one is given. The rules on them (a decree not from
	 * the future, nor older than what it answers) are the service's, checked next.
	 */
	void requireForCheck(String mode, Errors errors) {
		if (!"notDesignated".equals(mode)) {
			if (!StringUtils.hasText(this.decreeNumber)) {
				errors.rejectValue("decreeNumber", "workflow.rule.decreeRequired");
			}
			if (this.decreeDate == null && !errors.hasFieldErrors("decreeDate")) {
				errors.rejectValue("decreeDate", "workflow.rule.decreeRequired");
			}
		}
		if (!"designate".equals(mode) && !StringUtils.hasText(this.reason)) {
			errors.rejectValue("reason", "workflow.rule.reasonRequired");
		}
	}

	/** The field a rule of the programme refuses, or {@code null} for the whole form. */
	static String fieldOf(WorkflowRuleException.Reason reason) {
		return switch (reason) {
			case DECREE_DATE_IN_FUTURE, DECREE_DATE_BEFORE_PROGRAMME, DECREE_BEFORE_PROPOSAL,
					DECREE_BEFORE_DESIGNATION ->
				"decreeDate";
			case DECREE_REQUIRED -> "decreeNumber";
			case REASON_REQUIRED -> "reason";
			case PREDICATE_NOT_HELD -> "predicate";
			default -> null;
		};
	}

	public Selection getSelection() {
		return this.selection;
	}

	public void setSelection(Selection selection) {
		this.selection = selection;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public Boolean getUpheld() {
		return this.upheld;
	}

	public void setUpheld(Boolean upheld) {
		this.upheld = upheld;
	}

	public String getAnswer() {
		return this.answer;
	}

	public void setAnswer(String answer) {
		this.answer = answer;
	}

	public String getFieldNotes() {
		return this.fieldNotes;
	}

	public void setFieldNotes(String fieldNotes) {
		this.fieldNotes = fieldNotes;
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

	public MultipartFile getDecreeFile() {
		return this.decreeFile;
	}

	public void setDecreeFile(MultipartFile decreeFile) {
		this.decreeFile = decreeFile;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public Predicate getPredicate() {
		return this.predicate;
	}

	public void setPredicate(Predicate predicate) {
		this.predicate = predicate;
	}

}
