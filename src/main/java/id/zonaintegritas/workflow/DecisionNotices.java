package id.zonaintegritas.workflow;

import java.time.OffsetDateTime;
import java.util.List;

import id.zonaintegritas.audit.AuditTrail;
import id.zonaintegritas.shared.Actor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff's notifications: decisions on their units' requests since they last marked
 * them as read ({@code staff_scope}, published by account).
 */
@Service
@Transactional(readOnly = true)
public class DecisionNotices {

	private final JdbcClient jdbc;

	DecisionNotices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What evaluations did to the staff's units, and which the staff see as notices. */
	static final List<String> EVENTS = List.of("LKE_QUESTIONS_RETURNED", "LHE_APPROVED", "STAGE_MOVED_BY_LHE",
			"STAGE_MOVED_BY_PROPOSAL", "UNIT_SELECTED", "OBJECTION_UPHELD", "OBJECTION_DISMISSED",
			"PREDICATE_DESIGNATED", "NOT_DESIGNATED", "PREDICATE_REVOKED");

	/**
	 * The steps evaluations took on the staff member's units since they last marked their
	 * notices as read, newest first (the audit trail, published by audit, is the record).
	 */
	public List<UnitEvent> unreadEvents(Actor staff) {
		return this.jdbc.sql("""
				select u.id as unit_id, u.name as unit_name, a.action, a.actor, a.summary, a.summary_arguments,
				       a.occurred_at
				from staff_scope s
				join unit_register u on u.id = s.work_unit_id
				join audit_log a on a.work_unit_id = s.work_unit_id
				where s.username = :staff and a.occurred_at > s.decisions_seen_at and a.action in (:actions)
				order by a.occurred_at desc, a.id desc
				limit 50
				""")
			.param("staff", staff.username())
			.param("actions", EVENTS)
			.query((rs, row) -> new UnitEvent(rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("action"),
					rs.getString("actor"), rs.getString("summary"), AuditTrail.arguments(rs),
					rs.getObject("occurred_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	/** Decisions the staff member has not marked as read, newest first. */
	public List<DecisionNotice> unread(Actor staff) {
		return this.jdbc.sql("""
				select u.id as unit_id, u.name as unit_name, r.id as request_id, r.from_stage, r.to_stage,
				       d.outcome, d.reviewer, d.reason, d.decided_at
				from staff_scope s
				join unit_register u on u.id = s.work_unit_id
				join zi_programme p on p.work_unit_id = s.work_unit_id
				join stage_request r on r.programme_id = p.id
				join stage_request_decision d on d.request_id = r.id
				where s.username = :staff and d.decided_at > s.decisions_seen_at
				order by d.decided_at desc, d.id desc
				""")
			.param("staff", staff.username())
			.query((rs, row) -> new DecisionNotice(rs.getLong("unit_id"), rs.getString("unit_name"),
					rs.getLong("request_id"), Stage.valueOf(rs.getString("from_stage")),
					Stage.valueOf(rs.getString("to_stage")), Outcome.valueOf(rs.getString("outcome")),
					rs.getString("reviewer"), rs.getString("reason"),
					rs.getObject("decided_at", OffsetDateTime.class).toInstant()))
			.list();
	}

}
