package id.zonaintegritas.declaration;

import java.time.LocalDate;

import id.zonaintegritas.shared.Predicate;

/**
 * What a declaration says: when, where, who declared, towards which predicate, and on
 * what legal basis. Any field may be empty in a draft; a submitted declaration has date,
 * venue and the declaring official.
 *
 * @param declaredOn the date of the declaration event
 * @param venue where it took place
 * @param officialName the declaring official
 * @param officialPosition that official's position
 * @param targetPredicate WBK, or WBBM for a unit that holds WBK
 * @param description what happened, in a few sentences
 * @param legalBasis the regulations and letters the declaration refers to
 */
public record DeclarationDetails(LocalDate declaredOn, String venue, String officialName, String officialPosition,
		Predicate targetPredicate, String description, String legalBasis) {
}
