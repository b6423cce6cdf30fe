package id.zonaintegritas.workflow;

import java.util.List;
import java.util.Optional;

import id.zonaintegritas.shared.Predicate;

/**
 * A unit's ZI programme: where it stands and how it got there.
 *
 * @param workUnitId the unit
 * @param stage the current stage
 * @param targetPredicate the predicate the current cycle aims at
 * @param heldPredicate the predicate held now, or {@code null}
 * @param requests every stage request, oldest first
 * @param history every change of stage, oldest first
 * @param designations every designation, oldest first, revoked ones included
 */
public record ProgrammeView(long workUnitId, Stage stage, Predicate targetPredicate, Predicate heldPredicate,
		List<StageRequestView> requests, List<StageChangeView> history, List<DesignationView> designations) {

	static ProgrammeView notStarted(long workUnitId) {
		return new ProgrammeView(workUnitId, Stage.PENCANANGAN, Predicate.WBK, null, List.of(), List.of(), List.of());
	}

	/** The request that is submitted or returned for revision, if there is one. */
	public Optional<StageRequestView> openRequest() {
		return this.requests.stream().filter((request) -> request.status().isOpen()).findFirst();
	}

}
