package id.zonaintegritas.directory;

import java.time.Instant;

import id.zonaintegritas.institution.WorkUnitMoveView;
import id.zonaintegritas.workflow.DesignationView;
import id.zonaintegritas.workflow.StageChangeView;

/**
 * One event of a unit's public timeline: its declaration, a change of stage, a
 * designation, a revocation or a move to another institution. The page shows them in the
 * order they happened.
 *
 * @param at when it happened
 * @param kind what it is
 * @param change the change of stage, for {@link Kind#STAGE_CHANGED}
 * @param designation the designation, for {@link Kind#DESIGNATED} and
 * {@link Kind#REVOKED}
 * @param move the move, for {@link Kind#MOVED}
 * @param institutionName the institution it happened under, for a unit that has moved;
 * otherwise {@code null}
 */
public record TimelineEvent(Instant at, Kind kind, StageChangeView change, DesignationView designation,
		WorkUnitMoveView move, String institutionName) {

	TimelineEvent(Instant at, Kind kind, StageChangeView change, DesignationView designation) {
		this(at, kind, change, designation, null, null);
	}

	/** The same event, said to have happened under this institution. */
	TimelineEvent under(String institution) {
		return new TimelineEvent(this.at, this.kind, this.change, this.designation, this.move, institution);
	}

	/** What happened. */
	public enum Kind {

		DECLARED, STAGE_CHANGED, DESIGNATED, REVOKED, MOVED

	}

}
