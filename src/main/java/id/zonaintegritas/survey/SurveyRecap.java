package id.zonaintegritas.survey;

import java.math.BigDecimal;
import java.util.function.Consumer;

import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.AdministratorCheck;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national recap of a period's surveys: every unit with a survey, its IPAK and IPKP
 * with their samples and margins, read from the tallies (one row per survey and quarter),
 * never from the responses, so that it costs the same at ten thousand responses or ten
 * million. Streamed.
 */
@Service
public class SurveyRecap {

	private final JdbcClient jdbc;

	private final AdministratorCheck administrators;

	SurveyRecap(JdbcClient jdbc, AdministratorCheck administrators) {
		this.jdbc = jdbc;
		this.administrators = administrators;
	}

	/**
	 * A unit's line.
	 *
	 * @param slug the unit
	 * @param unitName its name
	 * @param institutionName its instansi
	 * @param provinceName its province
	 * @param ipak its IPAK, or an empty index
	 * @param ipkp its IPKP, or an empty index
	 */
	public record Line(String slug, String unitName, String institutionName, String provinceName, SurveyIndex ipak,
			SurveyIndex ipkp) {
	}

	@Transactional(readOnly = true)
	public void national(int year, Actor admin, Consumer<Line> consumer) {
		this.administrators.requireAdministrator(admin);
		try (var lines = this.jdbc.sql("""
				with totals as (
				    select s.work_unit_id, s.kind, sum(t.responses) as n, sum(t.mean_sum) as s,
				           sum(t.mean_square_sum) as q
				    from survey s join survey_tally t on t.survey_id = s.id
				    where s.period_year = :year
				    group by s.work_unit_id, s.kind
				)
				select u.slug, u.name, u.institution_name, u.province_name,
				       a.n as ipak_n, a.s as ipak_s, a.q as ipak_q, p.n as ipkp_n, p.s as ipkp_s, p.q as ipkp_q
				from (select distinct work_unit_id from totals) x
				join unit_listing u on u.id = x.work_unit_id
				left join totals a on a.work_unit_id = x.work_unit_id and a.kind = 'SPAK'
				left join totals p on p.work_unit_id = x.work_unit_id and p.kind = 'SPKP'
				order by u.province_name, u.name, u.id""")
			.param("year", year)
			.withFetchSize(500)
			.query((rs, row) -> new Line(rs.getString("slug"), rs.getString("name"), rs.getString("institution_name"),
					rs.getString("province_name"),
					SurveyIndex.of(rs.getLong("ipak_n"), orZero(rs.getBigDecimal("ipak_s")),
							orZero(rs.getBigDecimal("ipak_q"))),
					SurveyIndex.of(rs.getLong("ipkp_n"), orZero(rs.getBigDecimal("ipkp_s")),
							orZero(rs.getBigDecimal("ipkp_q")))))
			.stream()) {
			lines.forEach(consumer);
		}
	}

	private static BigDecimal orZero(BigDecimal value) {
		return (value != null) ? value : BigDecimal.ZERO;
	}

}
