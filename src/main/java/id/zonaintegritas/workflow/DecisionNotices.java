package id.zonaintegritas.workflow;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The decisions on units' requests since a moment: the staff's notifications. */
@Service
@Transactional(readOnly = true)
public class DecisionNotices {

	private final JdbcClient jdbc;

	DecisionNotices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<DecisionNotice> since(Collection<Long> unitIds, Instant since) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select u.id as unit_id, u.name as unit_name, r.id as request_id, r.from_stage, r.to_stage,
				       d.outcome, d.reviewer, d.reason, d.decided_at
				from stage_request_decision d
				join stage_request r on r.id = d.request_id
				join zi_programme p on p.id = r.programme_id
				join work_unit u on u.id = p.work_unit_id
				where u.id in (:units) and d.decided_at > :since
				order by d.decided_at desc, d.id desc
				""")
			.param("units", unitIds)
			.param("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
			.query((rs, row) -> new DecisionNotice(rs.getLong("unit_id"), rs.getString("unit_name"),
					rs.getLong("request_id"), Stage.valueOf(rs.getString("from_stage")),
					Stage.valueOf(rs.getString("to_stage")), Outcome.valueOf(rs.getString("outcome")),
					rs.getString("reviewer"), rs.getString("reason"),
					rs.getObject("decided_at", OffsetDateTime.class).toInstant()))
			.list();
	}

}
