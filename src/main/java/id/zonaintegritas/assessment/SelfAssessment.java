package id.zonaintegritas.assessment;

import java.time.Instant;

/**
 * A unit's self-assessment for a period.
 *
 * @param id its id
 * @param workUnitId the unit
 * @param year the period
 * @param versionId the LKE version it is made under
 * @param submitted whether it is submitted for review (and so frozen, but for returned
 * questions)
 * @param startedAt when it was started
 * @param startedBy by whom
 * @param submittedAt when it was submitted, or {@code null}
 * @param submittedBy by whom, or {@code null}
 * @param returned whether the TPI returned questions of it to the unit, which may then
 * change those and nothing else
 */
public record SelfAssessment(long id, long workUnitId, int year, long versionId, boolean submitted, Instant startedAt,
		String startedBy, Instant submittedAt, String submittedBy, boolean returned) {
}
