package id.zonaintegritas.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import id.zonaintegritas.shared.DatePrecision;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public events for the Atom feed: declarations, designations and revocations. */
@Service
@Transactional(readOnly = true)
public class PublicEvents {

	private final JdbcClient jdbc;

	PublicEvents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The newest declarations, designations and revocations, newest first. */
	public List<FeedEntry> latest(int limit) {
		return this.jdbc
			.sql("""
					select e.kind, e.id, u.slug, u.name, e.detail, e.declared_on, e.declared_on_precision, e.at from (
					  select 'DECLARATION' as kind,
					         'declaration-' || d.id
					             || case when d.work_unit_id <> d.declaring_unit_id then '-unit-' || d.work_unit_id else '' end
					             as id, d.work_unit_id,
					         coalesce(d.venue, '') as detail, d.declared_on, d.declared_on_precision,
					         d.submitted_at as at
					  from public_declaration d
					  union all
					  select 'DESIGNATION', 'designation-' || s.id, s.work_unit_id, s.predicate || ' — ' || s.decree_number,
					         null, null, s.recorded_at
					  from designation_record s
					  union all
					  select 'REVOCATION', 'revocation-' || s.id, s.work_unit_id,
					         s.predicate || ' — ' || s.revocation_decree || ': ' || s.revocation_reason, null, null,
					         s.revoked_at
					  from designation_record s
					  where s.revoked_at is not null
					) e join unit_register u on u.id = e.work_unit_id
					order by e.at desc, e.id limit :limit
					""")
			.param("limit", limit)
			.query((rs, row) -> new FeedEntry(rs.getString("kind"), rs.getString("id"), rs.getString("slug"),
					rs.getString("name"), detail(rs), rs.getObject("at", OffsetDateTime.class).toInstant()))
			.list();
	}

	/**
	 * A declaration's venue and date (as much of it as is known); a decree's own text.
	 */
	private static String detail(ResultSet rs) throws SQLException {
		LocalDate declaredOn = rs.getObject("declared_on", LocalDate.class);
		if (declaredOn == null) {
			return rs.getString("detail");
		}
		return rs.getString("detail") + ", " + DatePrecision.of(rs.getString("declared_on_precision")).iso(declaredOn);
	}

}
