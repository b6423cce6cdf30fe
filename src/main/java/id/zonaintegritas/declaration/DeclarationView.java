package id.zonaintegritas.declaration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import id.zonaintegritas.shared.DatePrecision;
import id.zonaintegritas.shared.Predicate;

/**
 * A declaration as pages and other modules see it.
 *
 * @param id the declaration's id
 * @param workUnitId the declaring unit
 * @param status draft or submitted
 * @param declaredOn the date of the event
 * @param venue where it took place
 * @param officialName the declaring official
 * @param officialPosition that official's position
 * @param targetPredicate the predicate the unit builds towards
 * @param description what happened
 * @param legalBasis the regulations and letters it refers to
 * @param createdBy who started it
 * @param submittedAt when it became a public record, or {@code null} for a draft
 * @param witnesses who witnessed it, in order
 * @param documents the attached documents
 * @param pressLinks the press coverage
 * @param revision which version of the public record this is (1 as first submitted)
 * @param coDeclaredUnitIds the units below the declaring unit that declared with it in
 * the same ceremony
 */
public record DeclarationView(long id, long workUnitId, DeclarationStatus status, LocalDate declaredOn, String venue,
		String officialName, String officialPosition, Predicate targetPredicate, String description, String legalBasis,
		String createdBy, Instant submittedAt, List<Witness> witnesses, List<AttachedDocument> documents,
		List<PressLink> pressLinks, int revision, Set<Long> coDeclaredUnitIds, DatePrecision declaredOnPrecision) {

	public boolean isSubmitted() {
		return this.status == DeclarationStatus.SUBMITTED;
	}

	/**
	 * Whether it declared this unit: the declaring unit, or one that declared with it.
	 */
	public boolean declared(long unitId) {
		return this.workUnitId == unitId || this.coDeclaredUnitIds.contains(unitId);
	}

	/**
	 * Whether this unit declared with the declaring unit rather than declaring itself.
	 */
	public boolean declaredWith(long unitId) {
		return this.workUnitId != unitId && this.coDeclaredUnitIds.contains(unitId);
	}

}
