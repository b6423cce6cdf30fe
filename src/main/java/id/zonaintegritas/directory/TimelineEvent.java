package id.zonaintegritas.directory;

import java.time.Instant;

import id.zonaintegritas.workflow.DesignationView;
import id.zonaintegritas.workflow.StageChangeView;

/**
 * One event of a unit's public timeline: its declaration, a change of stage, a
 * designation or a revocation. The page shows them in the order they happened.
 *
 * @param at when it happened
 * @param kind what it is
 * @param change the change of stage, for {@link Kind#STAGE_CHANGED}
 * @param designation the designation, for {@link Kind#DESIGNATED} and
 * {@link Kind#REVOKED}
 */
public record TimelineEvent(Instant at, Kind kind, StageChangeView change, DesignationView designation) {

	/** What happened. */
	public enum Kind {

		DECLARED, STAGE_CHANGED, DESIGNATED, REVOKED

	}

}
