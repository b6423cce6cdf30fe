package id.zonaintegritas.declaration.web;

import id.zonaintegritas.declaration.DeclarationAmendment;
import id.zonaintegritas.declaration.DeclarationView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The correction of a submitted declaration: the same fields as the declaration form, the
 * reason for the correction, and the revision the form was filled in against.
 */
public class AmendmentForm extends DeclarationForm {

	@NotBlank
	@Size(max = DeclarationAmendment.REASON_LENGTH)
	private String amendmentReason;

	private int revision;

	static AmendmentForm of(DeclarationView declaration) {
		AmendmentForm form = new AmendmentForm();
		form.fill(declaration);
		form.revision = declaration.revision();
		return form;
	}

	DeclarationAmendment toAmendment() {
		return new DeclarationAmendment(toDetails(), witnesses(), pressLinks(), this.amendmentReason);
	}

	public String getAmendmentReason() {
		return this.amendmentReason;
	}

	public void setAmendmentReason(String amendmentReason) {
		this.amendmentReason = amendmentReason;
	}

	public int getRevision() {
		return this.revision;
	}

	public void setRevision(int revision) {
		this.revision = revision;
	}

}
