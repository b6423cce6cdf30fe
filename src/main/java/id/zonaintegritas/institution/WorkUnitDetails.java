package id.zonaintegritas.institution;

import id.zonaintegritas.shared.ColumnLimit;
import id.zonaintegritas.shared.Text;

/**
 * What an administrator gives for a work unit.
 *
 * @param institutionId its instansi (fixed once created)
 * @param name its name
 * @param slug its public identifier in URLs; derived from the name when empty; fixed once
 * created, since public links point at it
 * @param regionCode where it sits
 * @param address its address
 * @param staffCount how many staff it has
 * @param parentSlug the public identifier of the unit of the same instansi it sits under,
 * or none
 */
public record WorkUnitDetails(Long institutionId, String name, String slug, String regionCode, String address,
		Integer staffCount, String parentSlug) {

	@ColumnLimit(table = "work_unit", column = "name")
	public static final int NAME_LENGTH = 200;

	@ColumnLimit(table = "work_unit", column = "slug")
	public static final int SLUG_LENGTH = 120;

	@ColumnLimit(table = "work_unit", column = "address")
	public static final int ADDRESS_LENGTH = 300;

	WorkUnitDetails withInstitution(long id) {
		return new WorkUnitDetails(id, this.name, this.slug, this.regionCode, this.address, this.staffCount,
				this.parentSlug);
	}

	void requireLengths() {
		Text.requireAtMost(this.name, NAME_LENGTH, "unit.name");
		Text.requireAtMost(this.slug, SLUG_LENGTH, "unit.slug");
		Text.requireAtMost(this.address, ADDRESS_LENGTH, "unit.address");
	}

}
