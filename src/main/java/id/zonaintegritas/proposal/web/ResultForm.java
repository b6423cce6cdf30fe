package id.zonaintegritas.proposal.web;

import java.time.LocalDate;

import id.zonaintegritas.proposal.Selection;
import id.zonaintegritas.shared.Predicate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * The TPN's forms on a proposed unit: the selection with its notes, the answer to an
 * objection, the field notes, the decree (number, date, file) or why not designated, and
 * a revocation.
 */
public class ResultForm {

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
