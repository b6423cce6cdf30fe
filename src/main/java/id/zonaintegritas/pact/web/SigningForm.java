package id.zonaintegritas.pact.web;

import java.time.LocalDate;

import id.zonaintegritas.pact.PactSigningDetails;
import id.zonaintegritas.pact.PactSigningView;
import id.zonaintegritas.pact.SigningRole;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** The form for one pact signing. */
public class SigningForm {

	@NotBlank
	@Size(max = PactSigningDetails.NAME_LENGTH)
	private String signatoryName;

	@Size(max = PactSigningDetails.NIP_INPUT_LENGTH)
	private String nip;

	@NotBlank
	@Size(max = PactSigningDetails.POSITION_LENGTH)
	private String position;

	@NotNull
	private SigningRole role = SigningRole.PEGAWAI;

	@NotNull
	@PastOrPresent
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate signedOn;

	/** The form of a recorded signing, to correct it. */
	static SigningForm of(PactSigningView signing) {
		SigningForm form = new SigningForm();
		form.signatoryName = signing.signatoryName();
		form.nip = signing.nip();
		form.position = signing.position();
		form.role = signing.role();
		form.signedOn = signing.signedOn();
		return form;
	}

	PactSigningDetails toDetails() {
		return new PactSigningDetails(this.signatoryName, this.nip, this.position, this.role, this.signedOn);
	}

	public String getSignatoryName() {
		return this.signatoryName;
	}

	public void setSignatoryName(String signatoryName) {
		this.signatoryName = signatoryName;
	}

	public String getNip() {
		return this.nip;
	}

	public void setNip(String nip) {
		this.nip = nip;
	}

	public String getPosition() {
		return this.position;
	}

	public void setPosition(String position) {
		this.position = position;
	}

	public SigningRole getRole() {
		return this.role;
	}

	public void setRole(SigningRole role) {
		this.role = role;
	}

	public LocalDate getSignedOn() {
		return this.signedOn;
	}

	public void setSignedOn(LocalDate signedOn) {
		this.signedOn = signedOn;
	}

}
