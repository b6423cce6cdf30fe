package id.zonaintegritas.workflow;

import java.time.Instant;
import java.util.List;

/**
 * A step an evaluation took on one of the staff's units, as a notification: questions
 * returned by the TPI, the LHE, the proposal, the TPN's selection and answer, the decree,
 * not designated, a revocation.
 *
 * @param unitId the unit
 * @param unitName its name
 * @param action what happened, as the audit trail names it
 * @param actor who did it
 * @param summary what the audit trail says of it
 * @param summaryArguments the values the portal recorded for its own wording of it, or
 * {@code null}
 * @param at when
 */
public record UnitEvent(long unitId, String unitName, String action, String actor, String summary,
		List<String> summaryArguments, Instant at) {
}
