package id.zonaintegritas.institution.web;

import java.time.LocalDate;

import id.zonaintegritas.institution.MoveDetails;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** The administrator's form to move a unit to another institution. */
class MoveForm {

	@NotBlank
	@Size(max = 30)
	private String institutionCode;

	@NotNull
	@PastOrPresent
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate movedOn;

	@Size(max = MoveDetails.LEGAL_BASIS_LENGTH)
	private String legalBasis;

	private long version;

	MoveDetails toDetails() {
		return new MoveDetails(this.institutionCode, this.movedOn, this.legalBasis);
	}

	public String getInstitutionCode() {
		return this.institutionCode;
	}

	public void setInstitutionCode(String institutionCode) {
		this.institutionCode = institutionCode;
	}

	public LocalDate getMovedOn() {
		return this.movedOn;
	}

	public void setMovedOn(LocalDate movedOn) {
		this.movedOn = movedOn;
	}

	public String getLegalBasis() {
		return this.legalBasis;
	}

	public void setLegalBasis(String legalBasis) {
		this.legalBasis = legalBasis;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
