package id.zonaintegritas.workflow;

import java.time.Instant;

import id.zonaintegritas.shared.Predicate;

/**
 * A stage request waiting for a reviewer.
 *
 * @param requestId the request
 * @param fromStage the stage it leaves
 * @param toStage the stage it asks for
 * @param targetPredicate the predicate of the cycle
 * @param requestedBy who submitted it
 * @param waitingSince when it was (re)submitted
 * @param unseen whether it arrived after the reviewer last marked the queue as seen
 * @param unitId the unit
 * @param unitName its name
 * @param institutionName its instansi
 * @param regionName its regency, city or province
 * @param provinceName its province
 */
public record QueueEntry(long requestId, Stage fromStage, Stage toStage, Predicate targetPredicate, String requestedBy,
		Instant waitingSince, boolean unseen, long unitId, String unitName, String institutionName, String regionName,
		String provinceName) {
}
