package id.zonaintegritas.audit;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import id.zonaintegritas.shared.ActorRole;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the append-only audit trail. {@link #record} joins the caller's transaction, so
 * a change and its audit entry are committed, or rolled back, together. Other modules
 * read the trail through the {@code audit_log} view ({@link #entryOf}).
 */
@Service
public class AuditTrail {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	AuditTrail(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.json = JsonMapper.builder().build();
	}

	/** Records a change; must run inside the transaction of the change itself. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditRecord record) {
		this.jdbc.sql("""
				insert into audit_entry (actor, actor_role, action, object_type, object_id, work_unit_id, summary,
				                         summary_arguments, before_state, after_state)
				values (:actor, :role, :action, :objectType, :objectId, :workUnitId, :summary,
				        cast(:arguments as text[]), cast(:before as jsonb), cast(:after as jsonb))
				""")
			.param("actor", record.actor().username())
			.param("role", record.actor().role().name())
			.param("action", record.action())
			.param("objectType", record.objectType())
			.param("objectId", record.objectId())
			.param("workUnitId", record.workUnitId())
			.param("summary", shortened(record.summary()))
			.param("arguments", (record.arguments() != null) ? record.arguments().toArray(String[]::new) : null)
			.param("before", toJson(record.before()))
			.param("after", toJson(record.after()))
			.update();
	}

	/**
	 * An entry from a row with the columns of the {@code audit_log} view, the states as
	 * text: for the modules that read the trail.
	 */
	public static AuditEntry entryOf(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getString("actor"), ActorRole.valueOf(rs.getString("actor_role")), rs.getString("action"),
				rs.getString("object_type"), rs.getString("object_id"), rs.getObject("work_unit_id", Long.class),
				rs.getString("summary"), arguments(rs), rs.getString("before_state"), rs.getString("after_state"));
	}

	/** The {@code summary_arguments} column of an {@code audit_log} row. */
	public static List<String> arguments(ResultSet rs) throws SQLException {
		Array array = rs.getArray("summary_arguments");
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : null;
	}

	private static String shortened(String summary) {
		if (summary == null || summary.codePointCount(0, summary.length()) <= AuditRecord.SUMMARY_LENGTH) {
			return summary;
		}
		return summary.substring(0, summary.offsetByCodePoints(0, AuditRecord.SUMMARY_LENGTH - 1)) + "…";
	}

	private String toJson(Map<String, ?> state) {
		return (state != null) ? this.json.writeValueAsString(state) : null;
	}

}
