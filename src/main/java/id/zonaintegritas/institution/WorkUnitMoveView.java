package id.zonaintegritas.institution;

import java.time.LocalDate;

/**
 * A move of a unit from one institution to another.
 *
 * @param movedOn from which day the unit belongs to the new institution
 * @param fromInstitutionName where it was
 * @param toInstitutionName where it went
 * @param legalBasis the regulation or decree behind it, if recorded
 */
public record WorkUnitMoveView(LocalDate movedOn, String fromInstitutionName, String toInstitutionName,
		String legalBasis) {
}
