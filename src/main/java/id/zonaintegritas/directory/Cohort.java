package id.zonaintegritas.directory;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The road of the units that first declared in one year: how many reached each later
 * stage (a unit sent back keeps the stages it reached) and how long designation took.
 *
 * @param year the year of their first public declaration, or {@code null} for every year
 * @param declared the units that first declared in it
 * @param building those that reached pembangunan
 * @param proposed those that reached pengusulan
 * @param assessed those that reached penilaian
 * @param designated those designated WBK or WBBM at least once
 * @param medianDays the median of the days from the declaration to the first designation,
 * over the declarations whose day is known, or {@code null} when there are none
 */
public record Cohort(Integer year, long declared, long building, long proposed, long assessed, long designated,
		Integer medianDays) {

	/** A number of this cohort's units as a share of those that declared, in per cent. */
	public BigDecimal shareOf(long units) {
		return (this.declared == 0) ? BigDecimal.ZERO.setScale(1)
				: BigDecimal.valueOf(units * 100).divide(BigDecimal.valueOf(this.declared), 1, RoundingMode.HALF_UP);
	}

	/** The median time to designation in months of 30 days, one decimal; or null. */
	public BigDecimal medianMonths() {
		return (this.medianDays == null) ? null
				: BigDecimal.valueOf(this.medianDays).divide(BigDecimal.valueOf(30), 1, RoundingMode.HALF_UP);
	}

}
