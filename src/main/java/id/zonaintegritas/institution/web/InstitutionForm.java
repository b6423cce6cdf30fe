package id.zonaintegritas.institution.web;

import id.zonaintegritas.institution.InstitutionDetails;
import id.zonaintegritas.institution.InstitutionKind;
import id.zonaintegritas.institution.InstitutionView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The administrator's form for an instansi. */
class InstitutionForm {

	@NotBlank
	@Size(max = InstitutionDetails.CODE_LENGTH)
	private String code;

	@NotBlank
	@Size(max = InstitutionDetails.NAME_LENGTH)
	private String name;

	@NotNull
	private InstitutionKind kind;

	private String regionCode;

	private long version;

	static InstitutionForm of(InstitutionView institution) {
		InstitutionForm form = new InstitutionForm();
		form.code = institution.code();
		form.name = institution.name();
		form.kind = institution.kind();
		form.regionCode = institution.regionCode();
		form.version = institution.version();
		return form;
	}

	InstitutionDetails toDetails() {
		return new InstitutionDetails(this.code, this.name, this.kind, this.regionCode);
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public InstitutionKind getKind() {
		return this.kind;
	}

	public void setKind(InstitutionKind kind) {
		this.kind = kind;
	}

	public String getRegionCode() {
		return this.regionCode;
	}

	public void setRegionCode(String regionCode) {
		this.regionCode = regionCode;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
