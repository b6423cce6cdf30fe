package id.zonaintegritas.evaluation;

import java.time.Clock;
import java.time.Year;

import id.zonaintegritas.institution.WorkUnitMoved;
import id.zonaintegritas.shared.ProgrammeDates;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a unit moves to another institution, its reviewers change with it: from this
 * year's period on, the members of its TPI teams who are not reviewers of the new
 * institution leave them (earlier periods' teams are the record of who evaluated it
 * then).
 */
@Component
class TpiTeamsFollowMoves {

	private final JdbcClient jdbc;

	private final Clock clock;

	TpiTeamsFollowMoves(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(WorkUnitMoved moved) {
		this.jdbc.sql("""
				delete from tpi_team_member
				where work_unit_id = :unit and period_year >= :year
				  and username not in (select username from reviewer_scope where institution_id = :institution)""")
			.param("unit", moved.workUnitId())
			.param("year", Year.now(this.clock.withZone(ProgrammeDates.WIB)).getValue())
			.param("institution", moved.toInstitutionId())
			.update();
	}

}
