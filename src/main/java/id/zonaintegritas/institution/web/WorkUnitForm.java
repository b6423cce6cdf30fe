package id.zonaintegritas.institution.web;

import id.zonaintegritas.institution.WorkUnitDetails;
import id.zonaintegritas.institution.WorkUnitSummary;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The administrator's form for a work unit. */
class WorkUnitForm {

	@NotNull
	private Long institutionId;

	@NotBlank
	@Size(max = WorkUnitDetails.NAME_LENGTH)
	private String name;

	@Size(max = WorkUnitDetails.SLUG_LENGTH)
	private String slug;

	@NotBlank
	private String regionCode;

	@Size(max = WorkUnitDetails.ADDRESS_LENGTH)
	private String address;

	@NotNull
	@Min(1)
	@Max(100000)
	private Integer staffCount;

	@Size(max = WorkUnitDetails.SLUG_LENGTH)
	private String parentSlug;

	private long version;

	static WorkUnitForm of(WorkUnitSummary unit) {
		WorkUnitForm form = new WorkUnitForm();
		form.institutionId = unit.institutionId();
		form.name = unit.name();
		form.slug = unit.slug();
		form.regionCode = unit.regionCode();
		form.address = unit.address();
		form.staffCount = unit.staffCount();
		form.parentSlug = unit.parentSlug();
		form.version = unit.version();
		return form;
	}

	WorkUnitDetails toDetails() {
		return new WorkUnitDetails(this.institutionId, this.name, this.slug, this.regionCode, this.address,
				this.staffCount, this.parentSlug);
	}

	public Long getInstitutionId() {
		return this.institutionId;
	}

	public void setInstitutionId(Long institutionId) {
		this.institutionId = institutionId;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getRegionCode() {
		return this.regionCode;
	}

	public void setRegionCode(String regionCode) {
		this.regionCode = regionCode;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public Integer getStaffCount() {
		return this.staffCount;
	}

	public void setStaffCount(Integer staffCount) {
		this.staffCount = staffCount;
	}

	public String getParentSlug() {
		return this.parentSlug;
	}

	public void setParentSlug(String parentSlug) {
		this.parentSlug = parentSlug;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
