package id.zonaintegritas.directory;

import java.util.List;
import java.util.Map;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts of units by stage, predicate, province and year of declaration, for /statistik.
 */
@Service
@Transactional(readOnly = true)
public class Statistics {

	private final NamedParameterJdbcTemplate jdbc;

	Statistics(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One count in a chart.
	 *
	 * @param label what is counted (a stage, a predicate, a province, a year)
	 * @param count how many units
	 */
	public record Count(String label, long count) {
	}

	@Cacheable(cacheNames = "statistics", key = "'byStage'")
	public List<Count> byStage() {
		return counts("""
				select coalesce(p.stage, 'PENCANANGAN') as label, count(*) as n
				from work_unit u left join zi_programme p on p.work_unit_id = u.id
				group by 1
				order by array_position(array['PENCANANGAN','PEMBANGUNAN','PENGUSULAN','PENILAIAN','PENETAPAN'],
				                        coalesce(p.stage, 'PENCANANGAN'))
				""");
	}

	@Cacheable(cacheNames = "statistics", key = "'byPredicate'")
	public List<Count> byPredicate() {
		return counts("""
				select held_predicate as label, count(*) as n from zi_programme
				where held_predicate is not null group by 1 order by 1
				""");
	}

	@Cacheable(cacheNames = "statistics", key = "'byProvince'")
	public List<Count> byProvince() {
		return counts("""
				select coalesce(v.name, g.name) as label, count(*) as n
				from work_unit u join region g on g.code = u.region_code left join region v on v.code = g.parent_code
				group by 1 order by 2 desc, 1
				""");
	}

	@Cacheable(cacheNames = "statistics", key = "'declarationsByYear'")
	public List<Count> declarationsByYear() {
		return counts("""
				select extract(year from declared_on)::int::text as label, count(distinct work_unit_id) as n
				from declaration where status = 'SUBMITTED' group by 1 order by 1
				""");
	}

	private List<Count> counts(String sql) {
		return this.jdbc.query(sql, Map.of(), (rs, row) -> new Count(rs.getString("label"), rs.getLong("n")));
	}

}
