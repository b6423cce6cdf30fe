package id.zonaintegritas.institution;

import java.time.LocalDate;

/**
 * A unit moved to another institution, published inside the move's transaction: whoever
 * keeps something per institution for the unit (the TPI teams) follows it.
 *
 * @param workUnitId the unit
 * @param fromInstitutionId where it was
 * @param toInstitutionId where it is now
 * @param movedOn from which day
 */
public record WorkUnitMoved(long workUnitId, long fromInstitutionId, long toInstitutionId, LocalDate movedOn) {
}
