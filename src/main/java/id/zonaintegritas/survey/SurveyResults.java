package id.zonaintegritas.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.zonaintegritas.institution.InstitutionService;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A survey's results, computed in the database: the indices and each item's answer counts
 * from {@code survey_tally} (kept by trigger with each counted response), the services
 * and the flagged from the responses of the survey alone.
 */
@Service
@Transactional(readOnly = true)
public class SurveyResults {

	private final JdbcClient jdbc;

	private final Questionnaires questionnaires;

	private final InstitutionService institutions;

	SurveyResults(JdbcClient jdbc, Questionnaires questionnaires, InstitutionService institutions) {
		this.jdbc = jdbc;
		this.questionnaires = questionnaires;
		this.institutions = institutions;
	}

	/** The index over the whole period. */
	public SurveyIndex overall(long surveyId) {
		return this.jdbc.sql("""
				select coalesce(sum(responses), 0) as n, coalesce(sum(mean_sum), 0) as s,
				       coalesce(sum(mean_square_sum), 0) as q
				from survey_tally where survey_id = :id""")
			.param("id", surveyId)
			.query((rs, row) -> SurveyIndex.of(rs.getLong("n"), rs.getBigDecimal("s"), rs.getBigDecimal("q")))
			.single();
	}

	SurveyResultsView of(Survey survey) {
		Questionnaire questionnaire = this.questionnaires.inForce(survey.kind());
		List<SurveyResultsView.QuarterResult> quarters = this.jdbc.sql("""
				select quarter, sum(responses) as n, sum(mean_sum) as s, sum(mean_square_sum) as q
				from survey_tally where survey_id = :id group by quarter having sum(responses) > 0 order by quarter""")
			.param("id", survey.id())
			.query((rs, row) -> new SurveyResultsView.QuarterResult(rs.getInt("quarter"),
					SurveyIndex.of(rs.getLong("n"), rs.getBigDecimal("s"), rs.getBigDecimal("q"))))
			.list();
		List<SurveyResultsView.ItemResult> items = new ArrayList<>();
		// Each item's answer counts, four per item in order, summed over the quarters.
		List<Long> tallied = this.jdbc.sql("""
				select coalesce(sum(c.n), 0) as n
				from survey_tally t, unnest(t.answer_counts) with ordinality as c (n, i)
				where t.survey_id = :id and t.version_id = :version
				group by c.i order by c.i""")
			.param("id", survey.id())
			.param("version", questionnaire.id())
			.query(Long.class)
			.list();
		Map<Integer, List<Integer>> counts = new LinkedHashMap<>();
		for (int i = 0; i < tallied.size(); i++) {
			counts.computeIfAbsent(i / 4 + 1, (p) -> new ArrayList<>()).add(tallied.get(i).intValue());
		}
		for (Questionnaire.Item item : questionnaire.items()) {
			List<Integer> answered = counts.getOrDefault(item.position(), List.of(0, 0, 0, 0));
			int n = answered.stream().mapToInt(Integer::intValue).sum();
			int sum = 0;
			for (int answer = 1; answer <= 4; answer++) {
				sum += answer * answered.get(answer - 1);
			}
			BigDecimal mean = (n > 0) ? BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP)
					: null;
			items.add(new SurveyResultsView.ItemResult(item, n, mean, answered));
		}
		List<SurveyResultsView.ServiceResult> services = this.jdbc.sql("""
				select coalesce(service, '') as service, count(*) as n, sum(mean) as s, sum(mean * mean) as q
				from survey_response where survey_id = :id and flag is null
				group by coalesce(service, '') order by count(*) desc, 1 limit 30""")
			.param("id", survey.id())
			.query((rs, row) -> new SurveyResultsView.ServiceResult(rs.getString("service"),
					SurveyIndex.of(rs.getLong("n"), rs.getBigDecimal("s"), rs.getBigDecimal("q"))))
			.list();
		Map<String, Integer> flagged = new LinkedHashMap<>();
		this.jdbc.sql("""
				select flag, count(*) as n from survey_response where survey_id = :id and flag is not null
				group by flag order by flag""").param("id", survey.id()).query((rs) -> {
			flagged.put(rs.getString("flag"), rs.getInt("n"));
		});
		return new SurveyResultsView(this.institutions.workUnit(survey.workUnitId()), survey, questionnaire,
				overall(survey.id()), quarters, items, services, flagged,
				SurveyIndex.minimumSample(survey.population()));
	}

}
