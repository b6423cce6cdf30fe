package id.zonaintegritas.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.Map;

import id.zonaintegritas.shared.ActorRole;
import id.zonaintegritas.shared.Page;
import id.zonaintegritas.shared.PageRequest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the append-only audit trail. {@link #record} joins the caller's
 * transaction, so a change and its audit entry are committed, or rolled back, together.
 */
@Service
public class AuditTrail {

	private static final String SELECT = """
			select id, occurred_at, actor, actor_role, action, object_type, object_id, work_unit_id, summary,
			       before_state::text as before_state, after_state::text as after_state
			from audit_entry
			""";

	private static final String SEARCH = """
			select e.id, e.occurred_at, e.actor, e.actor_role, e.action, e.object_type, e.object_id, e.work_unit_id,
			       e.summary, e.before_state::text as before_state, e.after_state::text as after_state,
			       u.name as unit_name
			from audit_entry e
			left join work_unit u on u.id = e.work_unit_id
			where (:everything or u.institution_id in (:scope))
			  and (cast(:unit as varchar) is null or u.name ilike '%' || cast(:unit as varchar) || '%')
			  and (cast(:actor as varchar) is null or e.actor = cast(:actor as varchar))
			  and (cast(:from as date) is null or e.occurred_at >= cast(:from as date))
			  and (cast(:to as date) is null or e.occurred_at < cast(:to as date) + 1)
			order by e.occurred_at desc, e.id desc
			""";

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
				                         before_state, after_state)
				values (:actor, :role, :action, :objectType, :objectId, :workUnitId, :summary,
				        cast(:before as jsonb), cast(:after as jsonb))
				""")
			.param("actor", record.actor().username())
			.param("role", record.actor().role().name())
			.param("action", record.action())
			.param("objectType", record.objectType())
			.param("objectId", record.objectId())
			.param("workUnitId", record.workUnitId())
			.param("summary", shortened(record.summary()))
			.param("before", toJson(record.before()))
			.param("after", toJson(record.after()))
			.update();
	}

	/** The history of one object, oldest first. */
	@Transactional(readOnly = true)
	public List<AuditEntry> forObject(String objectType, String objectId) {
		return this.jdbc.sql(SELECT + " where object_type = :type and object_id = :id order by occurred_at, id")
			.param("type", objectType)
			.param("id", objectId)
			.query(AuditTrail::mapEntry)
			.list();
	}

	/** What one user did, newest first. */
	@Transactional(readOnly = true)
	public List<AuditEntry> byActor(String username, int limit) {
		return this.jdbc.sql(SELECT + " where actor = :actor order by occurred_at desc, id desc limit :limit")
			.param("actor", username)
			.param("limit", limit)
			.query(AuditTrail::mapEntry)
			.list();
	}

	private static AuditEntry mapEntry(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getString("actor"), ActorRole.valueOf(rs.getString("actor_role")), rs.getString("action"),
				rs.getString("object_type"), rs.getString("object_id"), rs.getObject("work_unit_id", Long.class),
				rs.getString("summary"), rs.getString("before_state"), rs.getString("after_state"));
	}

	/**
	 * Entries matching the query, newest first; one query per page, however long the
	 * trail.
	 */
	@Transactional(readOnly = true)
	public Page<AuditLine> search(AuditQuery query, PageRequest page) {
		List<AuditLine> lines = bind(this.jdbc.sql(SEARCH + " limit :limit offset :offset"), query)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, row) -> new AuditLine(mapEntry(rs, row), rs.getString("unit_name")))
			.list();
		long total = bind(this.jdbc.sql("select count(*) from (" + SEARCH + ") matching"), query).query(Long.class)
			.single();
		return Page.of(page, lines, total);
	}

	/**
	 * Streams every entry matching the query to the consumer, newest first, in constant
	 * memory.
	 */
	@Transactional(readOnly = true)
	public void export(AuditQuery query, Consumer<AuditLine> consumer) {
		try (Stream<AuditLine> lines = bind(this.jdbc.sql(SEARCH), query).withFetchSize(500)
			.query((rs, row) -> new AuditLine(mapEntry(rs, row), rs.getString("unit_name")))
			.stream()) {
			lines.forEach(consumer);
		}
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, AuditQuery query) {
		boolean everything = query.institutionScope() == null;
		return spec.param("everything", everything)
			.param("scope", everything || query.institutionScope().isEmpty() ? List.of(-1L) : query.institutionScope())
			.param("unit", blankToNull(query.unitName()))
			.param("actor", blankToNull(query.actor()))
			.param("from", query.from())
			.param("to", query.to());
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
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
