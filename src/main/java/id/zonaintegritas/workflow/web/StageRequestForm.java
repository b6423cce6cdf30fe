package id.zonaintegritas.workflow.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import id.zonaintegritas.shared.web.CheckedForm;
import id.zonaintegritas.workflow.StageRequestView;
import jakarta.validation.constraints.Size;

/** A request for the next stage, or its resubmission: a note and the evidence chosen. */
public class StageRequestForm extends CheckedForm {

	@Size(max = StageRequestView.NOTE_LENGTH)
	private String note;

	private List<Long> documentIds = new ArrayList<>();

	/**
	 * The resubmission form of a returned request: its note and evidence as they were.
	 */
	static StageRequestForm of(StageRequestView request) {
		StageRequestForm form = new StageRequestForm();
		form.note = request.note();
		form.documentIds = new ArrayList<>(request.evidenceDocumentIds());
		return form;
	}

	// An empty checkbox value binds as null: it chose no document.
	Set<Long> evidence() {
		return this.documentIds.stream().filter(Objects::nonNull).collect(Collectors.toSet());
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public List<Long> getDocumentIds() {
		return this.documentIds;
	}

	public void setDocumentIds(List<Long> documentIds) {
		this.documentIds = (documentIds != null) ? documentIds : new ArrayList<>();
	}

}
