package id.zonaintegritas.declaration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import id.zonaintegritas.shared.DatePrecision;
import id.zonaintegritas.shared.Predicate;

/**
 * A version of a declaration that an amendment replaced: what it said while it was the
 * public record, and why, by whom and when it was replaced.
 *
 * @param declarationId the declaration
 * @param revision its number (1 for the declaration as first submitted)
 * @param declaredOn the date of the event
 * @param venue where it took place
 * @param officialName the declaring official
 * @param officialPosition that official's position
 * @param targetPredicate the predicate built towards
 * @param description what happened
 * @param legalBasis the regulations and letters it refers to
 * @param witnesses who witnessed it, in order
 * @param pressLinks the press coverage
 * @param publicSince when it became the public record
 * @param amendmentReason why it was replaced
 * @param amendedBy who replaced it
 * @param amendedAt when
 * @param declaredOnPrecision how much of its date is known
 * @param coDeclaredUnitIds the units that declared with the declaring unit in this
 * version
 */
public record DeclarationVersion(long declarationId, int revision, LocalDate declaredOn, String venue,
		String officialName, String officialPosition, Predicate targetPredicate, String description, String legalBasis,
		List<Witness> witnesses, List<PressLink> pressLinks, Instant publicSince, String amendmentReason,
		String amendedBy, Instant amendedAt, DatePrecision declaredOnPrecision, Set<Long> coDeclaredUnitIds) {
}
