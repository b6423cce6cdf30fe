package id.zonaintegritas.proposal;

import java.time.LocalDate;

import id.zonaintegritas.institution.WorkUnitSummary;
import id.zonaintegritas.shared.Predicate;

/**
 * A unit holding a predicate now, which the TPN may revoke.
 *
 * @param unit the unit
 * @param predicate WBK or WBBM
 * @param decreeNumber the decree that designated it
 * @param decreeDate its date
 */
public record PredicateHolder(WorkUnitSummary unit, Predicate predicate, String decreeNumber, LocalDate decreeDate) {
}
