package id.zonaintegritas.oversight;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import id.zonaintegritas.audit.AuditTrail;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.AdministratorCheck;
import id.zonaintegritas.shared.ForbiddenException;
import id.zonaintegritas.shared.Page;
import id.zonaintegritas.shared.PageRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit screen's reads: an administrator reads the whole trail, a reviewer the
 * entries about units of the institutions they review ({@code reviewer_scope}). One query
 * per page, however long the trail; an export streams in constant memory.
 */
@Service
@Transactional(readOnly = true)
public class AuditScreen {

	public static final int PAGE_SIZE = 50;

	private static final String MATCHING = """
			select e.id, e.occurred_at, e.actor, e.actor_role, e.action, e.object_type, e.object_id, e.work_unit_id,
			       e.summary, e.summary_arguments, e.before_state::text as before_state,
			       e.after_state::text as after_state,
			       u.name as unit_name
			from audit_log e
			left join unit_register u on u.id = e.work_unit_id
			where (:everything or u.institution_id in (
			          select s.institution_id from reviewer_scope s where s.username = :reader))
			  and (cast(:unit as varchar) is null or u.name ilike '%' || cast(:unit as varchar) || '%' escape '\\')
			  and (cast(:actor as varchar) is null or e.actor = cast(:actor as varchar))
			  and (cast(:from as date) is null or e.occurred_at >= cast(:from as date))
			  and (cast(:to as date) is null or e.occurred_at < cast(:to as date) + 1)
			""";

	private final JdbcClient jdbc;

	private final AdministratorCheck administrators;

	AuditScreen(JdbcClient jdbc, AdministratorCheck administrators) {
		this.jdbc = jdbc;
		this.administrators = administrators;
	}

	/** One page of the entries the reader may see that match the filter, newest first. */
	public Page<AuditLine> search(Actor reader, AuditFilter filter, int pageNumber) {
		PageRequest page = new PageRequest(pageNumber, PAGE_SIZE);
		List<AuditLine> lines = bind(
				this.jdbc.sql(MATCHING + " order by e.occurred_at desc, e.id desc" + " limit :limit offset :offset"),
				reader, filter)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(AuditScreen::line)
			.list();
		long total = bind(this.jdbc.sql("select count(*) from (" + MATCHING + ") matching"), reader, filter)
			.query(Long.class)
			.single();
		return Page.of(page, lines, total);
	}

	/**
	 * Hands every entry the reader may see that matches the filter to the consumer,
	 * newest first, as the database sends them.
	 */
	public void export(Actor reader, AuditFilter filter, Consumer<AuditLine> consumer) {
		try (Stream<AuditLine> lines = bind(this.jdbc.sql(MATCHING + " order by e.occurred_at desc, e.id desc"), reader,
				filter)
			.withFetchSize(500)
			.query(AuditScreen::line)
			.stream()) {
			lines.forEach(consumer);
		}
	}

	private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Actor reader, AuditFilter filter) {
		boolean everything = switch (reader.role()) {
			case ADMIN, SYSTEM -> {
				this.administrators.requireAdministrator(reader);
				yield true;
			}
			case REVIEWER -> false;
			default -> throw new ForbiddenException("error.forbidden.roleMissing");
		};
		return spec.param("everything", everything)
			.param("reader", reader.username())
			.param("unit", (filter.unitName() != null) ? escapeLike(filter.unitName()) : null)
			.param("actor", filter.actor())
			.param("from", filter.from())
			.param("to", filter.to());
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static AuditLine line(ResultSet rs, int row) throws SQLException {
		return new AuditLine(AuditTrail.entryOf(rs, row), rs.getString("unit_name"));
	}

}
