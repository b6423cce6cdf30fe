package id.zonaintegritas.directory;

import java.time.Instant;

/**
 * A unit's proposal to KemenPAN-RB in a period and what the TPN decided, as the public
 * sees it (no scores: those stay internal).
 *
 * @param year the period
 * @param predicate what it was proposed for
 * @param proposedAt when its instansi proposed it
 * @param selection the TPN's administrative selection, or {@code null} while waiting
 * @param result designated or not, or {@code null} while the TPN works
 * @param resultReason why not designated, or {@code null}
 * @param decidedAt when the result was recorded, or {@code null}
 */
public record ProposalOutcome(int year, String predicate, Instant proposedAt, String selection, String result,
		String resultReason, Instant decidedAt) {
}
