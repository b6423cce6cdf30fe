package id.zonaintegritas.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import id.zonaintegritas.shared.ColumnLimit;
import id.zonaintegritas.shared.Predicate;

/**
 * A stage request with its decisions.
 *
 * @param id the request's id
 * @param version its version, which a decision form sends back to detect conflicts
 * @param fromStage the stage it leaves
 * @param toStage the stage it asks for
 * @param targetPredicate the predicate the cycle aims at
 * @param status submitted, returned, approved or rejected
 * @param note the unit's note
 * @param requestedBy who submitted it
 * @param requestedAt when
 * @param resubmittedAt when it was last resubmitted after a return, or {@code null}
 * @param evidenceDocumentIds the attached evidence
 * @param decisions the reviewers' decisions, oldest first
 */
public record StageRequestView(long id, long version, Stage fromStage, Stage toStage, Predicate targetPredicate,
		RequestStatus status, String note, String requestedBy, Instant requestedAt, Instant resubmittedAt,
		Set<Long> evidenceDocumentIds, List<DecisionView> decisions) {

	@ColumnLimit(table = "stage_request", column = "note")
	public static final int NOTE_LENGTH = 4000;

}
