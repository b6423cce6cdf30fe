package id.zonaintegritas.institution;

import java.time.LocalDate;

/**
 * What a move will do, for its check page.
 *
 * @param unit the unit as it is now
 * @param toInstitutionName where it goes
 * @param toInstitutionCode that institution's code
 * @param movedOn from which day
 * @param legalBasis the regulation or decree behind it, if any
 */
public record MovePreview(WorkUnitSummary unit, String toInstitutionName, String toInstitutionCode, LocalDate movedOn,
		String legalBasis) {

	/** Whether the move takes the unit from under its parent, which stays behind. */
	public boolean leavesParent() {
		return this.unit.parentSlug() != null;
	}

}
