package id.zonaintegritas.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import id.zonaintegritas.directory.StatisticsView.Count;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts of units by stage and predicate, and the units with the most units below them,
 * for /statistik, over what the modules publish.
 */
@Service
@Transactional(readOnly = true)
class Statistics {

	private final JdbcClient jdbc;

	Statistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	StatisticsView count() {
		return new StatisticsView(counts("""
				select case when s.stage = 'PENCANANGAN' and u.latest_declared_on is null then 'BELUM' else s.stage end
				       as label, count(*) as n
				from programme_standing s join unit_register u on u.id = s.work_unit_id
				group by 1 order by min(case when s.stage = 'PENCANANGAN' and u.latest_declared_on is null then 0
				                             else s.stage_order end)
				"""), counts("""
				select held_predicate as label, held_predicate as key, count(*) as n from programme_standing
				where held_predicate is not null group by 1 order by 1
				"""),

				counts("""
						with recursive below(root, id) as (
						    select parent_id, id from unit_register where parent_id is not null
						    union all
						    select b.root, u.id from unit_register u join below b on u.parent_id = b.id)
						select p.name as label, p.slug as key, count(*) as n
						from below b join unit_register p on p.id = b.root
						group by p.id, p.name, p.slug order by 3 desc, 1 limit %d
						""".formatted(StatisticsView.PARENTS_SHOWN)));
	}

	/** A count's search value; a standing is searched by its name. */
	private static String keyOf(ResultSet rs) throws SQLException {
		return (rs.getMetaData().getColumnCount() == 3) ? rs.getString("key") : rs.getString("label");
	}

	private List<Count> counts(String sql) {
		return this.jdbc.sql(sql)
			.query((rs, row) -> new Count(rs.getString("label"), keyOf(rs), rs.getLong("n")))
			.list();
	}

}
