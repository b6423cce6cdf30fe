package id.zonaintegritas.assessment;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import id.zonaintegritas.account.AccessGuard;
import id.zonaintegritas.shared.Actor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every unit's self-assessment of a period with its area scores and total, computed in
 * the database in one query (a sub-area: the sum of its answers' values times its weight
 * over its number of questions, an unanswered question counting 0, as {@link Scorecard}
 * computes it) from the per-sub-area sums the database keeps
 * ({@code lke_sub_area_tally}): for a reviewer, the units of their institutions; for
 * administrators, the whole country, streamed.
 */
@Service
@Transactional(readOnly = true)
public class SelfAssessmentRecap {

	private static final String RECAP = """
			with sub_area as (
			    select sa.id, sa.version_id, sa.area_id, sa.weight, count(q.id) as questions
			    from lke_sub_area sa
			    join lke_question q on q.sub_area_id = sa.id
			    group by sa.id
			),
			area_score as (
			    select a.id as assessment_id, ar.code, ar.position, ar.component,
			           sum(sa.weight * coalesce(t.value_sum, 0) / sa.questions) as score,
			           sum(coalesce(t.answered, 0)) as answered, sum(sa.questions) as questions
			    from lke_assessment a
			    join sub_area sa on sa.version_id = a.version_id
			    join lke_area ar on ar.id = sa.area_id
			    left join lke_sub_area_tally t on t.assessment_id = a.id and t.sub_area_id = sa.id
			    where a.period_year = :year and (%s)
			    group by a.id, ar.id
			)
			select u.id as unit_id, u.name, u.slug, u.institution_name, u.province_name,
			       a.status = 'SUBMITTED' as submitted,
			       sum(x.answered)::int as answered, sum(x.questions)::int as questions,
			       array_agg(x.code order by x.position) as area_codes,
			       array_agg(x.score order by x.position) as area_scores,
			       coalesce(sum(x.score) filter (where x.component = 'PENGUNGKIT'), 0) as pengungkit,
			       coalesce(sum(x.score) filter (where x.component = 'HASIL'), 0) as hasil,
			       sum(x.score) as total
			from area_score x
			join lke_assessment a on a.id = x.assessment_id
			join unit_listing u on u.id = a.work_unit_id
			group by a.id, u.id, u.name, u.slug, u.institution_name, u.province_name
			order by total desc, u.name, u.id
			""";

	private final JdbcClient jdbc;

	private final AccessGuard access;

	SelfAssessmentRecap(JdbcClient jdbc, AccessGuard access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	/** The self-assessments of the reviewer's institutions' units, best total first. */
	public List<RecapRow> ofReviewer(int year, Actor reviewer) {
		return this.jdbc.sql(RECAP.formatted("""
				a.work_unit_id in (select u.id from unit_register u
				                   join reviewer_scope r on r.institution_id = u.institution_id
				                   where r.username = :username)"""))
			.param("year", year)
			.param("username", reviewer.username())
			.query(SelfAssessmentRecap::row)
			.list();
	}

	/** Every unit's self-assessment in the country, streamed, best total first. */
	public void national(int year, Actor admin, Consumer<RecapRow> consumer) {
		this.access.requireAdministrator(admin);
		try (var rows = this.jdbc.sql(RECAP.formatted("true"))
			.param("year", year)
			.withFetchSize(500)
			.query(SelfAssessmentRecap::row)
			.stream()) {
			rows.forEach(consumer);
		}
	}

	private static RecapRow row(ResultSet rs, int row) throws SQLException {
		return new RecapRow(rs.getLong("unit_id"), rs.getString("name"), rs.getString("slug"),
				rs.getString("institution_name"), rs.getString("province_name"), rs.getBoolean("submitted"),
				rs.getInt("answered"), rs.getInt("questions"), Arrays.asList(strings(rs.getArray("area_codes"))),
				Arrays.asList(decimals(rs.getArray("area_scores"))), rs.getBigDecimal("pengungkit"),
				rs.getBigDecimal("hasil"), rs.getBigDecimal("total"));
	}

	private static String[] strings(Array array) throws SQLException {
		return (String[]) array.getArray();
	}

	private static BigDecimal[] decimals(Array array) throws SQLException {
		return (BigDecimal[]) array.getArray();
	}

}
