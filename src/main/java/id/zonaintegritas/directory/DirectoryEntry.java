package id.zonaintegritas.directory;

import java.time.LocalDate;

import id.zonaintegritas.shared.DatePrecision;

/**
 * One unit in the directory.
 *
 * @param slug its public address
 * @param name its name
 * @param institutionName its instansi
 * @param regionName its regency, city or province
 * @param provinceName its province
 * @param stage its stage (pencanangan when it has not moved yet)
 * @param heldPredicate the predicate it holds, or {@code null}
 * @param declaredOn the date of its latest submitted declaration, or {@code null}
 * @param declaredOnPrecision how much of that date is known (the day when there is no
 * date)
 */
public record DirectoryEntry(String slug, String name, String institutionName, String regionName, String provinceName,
		String stage, String heldPredicate, LocalDate declaredOn, DatePrecision declaredOnPrecision) {

	/** Where the unit stands for the public: not declared yet, or its stage. */
	public Standing standing() {
		return Standing.of(this.stage, this.declaredOn != null);
	}

	/** Where it is: its regency or city and its province, or only the province. */
	public String regionLabel() {
		return this.regionName.equals(this.provinceName) ? this.provinceName
				: this.regionName + ", " + this.provinceName;
	}

}
