package id.zonaintegritas.proposal;

import java.time.Instant;

import id.zonaintegritas.institution.WorkUnitSummary;
import id.zonaintegritas.shared.Predicate;

/**
 * A unit in a proposal, and where it stands with the TPN.
 *
 * @param proposalId the proposal
 * @param unit the unit
 * @param year the period
 * @param predicate what it is proposed for
 * @param lheNumber the TPI's LHE it was proposed on
 * @param proposedAt when the instansi proposed it
 * @param selection the TPN's administrative selection, or {@code null}
 * @param selectionNotes the TPN's notes on it
 * @param selectedAt when
 * @param objection the instansi's objection (sanggah), or {@code null}
 * @param objectedAt when
 * @param objectionAnswer the TPN's answer, or {@code null}
 * @param objectionUpheld whether the TPN upheld it, or {@code null}
 * @param result designated or not, or {@code null} while the TPN works
 * @param resultReason why not designated
 * @param decidedAt when the result was recorded
 * @param version for optimistic locking
 */
public record ProposedUnit(long proposalId, WorkUnitSummary unit, int year, Predicate predicate, String lheNumber,
		Instant proposedAt, Selection selection, String selectionNotes, Instant selectedAt, String objection,
		Instant objectedAt, String objectionAnswer, Boolean objectionUpheld, TpnResult result, String resultReason,
		Instant decidedAt, long version) {

	/** An objection the TPN has not answered yet. */
	public boolean objectionPending() {
		return this.objection != null && this.objectionAnswer == null;
	}

	/** Whether the TPN evaluates it: its selection passes and no result is recorded. */
	public boolean underEvaluation() {
		return this.selection != null && this.selection.passes() && this.result == null;
	}

}
