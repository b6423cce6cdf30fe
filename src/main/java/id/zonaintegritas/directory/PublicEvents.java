package id.zonaintegritas.directory;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public events for the Atom feed, and the unit addresses for the sitemap. */
@Service
@Transactional(readOnly = true)
public class PublicEvents {

	private final NamedParameterJdbcTemplate jdbc;

	PublicEvents(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The newest declarations, designations and revocations, newest first. */
	public List<FeedEntry> latest(int limit) {
		return this.jdbc.query(
				"""
						select * from (
						  select 'DECLARATION' as kind, 'declaration-' || d.id as id, u.slug, u.name,
						         coalesce(d.venue, '') || ', ' || to_char(d.declared_on, 'YYYY-MM-DD') as detail, d.submitted_at as at
						  from declaration d join work_unit u on u.id = d.work_unit_id where d.status = 'SUBMITTED'
						  union all
						  select 'DESIGNATION', 'designation-' || s.id, u.slug, u.name, s.predicate || ' — ' || s.decree_number,
						         s.recorded_at
						  from designation s join zi_programme p on p.id = s.programme_id join work_unit u on u.id = p.work_unit_id
						  union all
						  select 'REVOCATION', 'revocation-' || s.id, u.slug, u.name,
						         s.predicate || ' — ' || s.revocation_decree || ': ' || s.revocation_reason, s.revoked_at
						  from designation s join zi_programme p on p.id = s.programme_id join work_unit u on u.id = p.work_unit_id
						  where s.revoked_at is not null
						) e order by at desc, id limit :limit
						""",
				Map.of("limit", limit),
				(rs, row) -> new FeedEntry(rs.getString("kind"), rs.getString("id"), rs.getString("slug"),
						rs.getString("name"), rs.getString("detail"),
						rs.getObject("at", OffsetDateTime.class).toInstant()));
	}

	/** Every unit's public address, streamed. */
	public void unitSlugs(Consumer<String> consumer) {
		this.jdbc.getJdbcTemplate()
			.query("select slug from work_unit order by slug",
					(java.sql.ResultSet rs) -> consumer.accept(rs.getString(1)));
	}

}
