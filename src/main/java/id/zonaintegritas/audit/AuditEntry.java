package id.zonaintegritas.audit;

import java.time.Instant;
import java.util.List;

import id.zonaintegritas.shared.ActorRole;

/**
 * A recorded change, as read back from the trail.
 *
 * @param id the entry's id
 * @param occurredAt when
 * @param actor who
 * @param actorRole in which role
 * @param action what
 * @param objectType which kind of object
 * @param objectId which object
 * @param workUnitId the work unit concerned, if any
 * @param summary a short description
 * @param summaryArguments the values of a line the portal words itself, or {@code null}
 * @param beforeState the state before, as JSON, if recorded
 * @param afterState the state after, as JSON, if recorded
 */
public record AuditEntry(long id, Instant occurredAt, String actor, ActorRole actorRole, String action,
		String objectType, String objectId, Long workUnitId, String summary, List<String> summaryArguments,
		String beforeState, String afterState) {
}
