package id.zonaintegritas.assessment;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The self-assessments' rows: one query for each thing a page or a command needs. */
@Component
class SelfAssessmentStore {

	private static final String ASSESSMENT = """
			select id, work_unit_id, period_year, version_id, status, started_at, started_by, submitted_at, submitted_by
			from lke_assessment
			""";

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	SelfAssessmentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<SelfAssessment> find(long unitId, int year) {
		return this.jdbc.sql(ASSESSMENT + " where work_unit_id = :unit and period_year = :year")
			.param("unit", unitId)
			.param("year", year)
			.query(SelfAssessmentStore::assessment)
			.optional();
	}

	/**
	 * The assessment, held until the transaction ends: shared by answers being saved,
	 * taken alone by a submission, so that nothing is saved into an assessment once it is
	 * submitted.
	 */
	Optional<SelfAssessment> lock(long unitId, int year, boolean exclusive) {
		return this.jdbc
			.sql(ASSESSMENT + " where work_unit_id = :unit and period_year = :year for "
					+ (exclusive ? "update" : "share"))
			.param("unit", unitId)
			.param("year", year)
			.query(SelfAssessmentStore::assessment)
			.optional();
	}

	/** The questions whose answer the unit's survey gave. */
	Set<String> fromSurvey(SelfAssessment assessment) {
		return new HashSet<>(this.jdbc.sql("""
				select q.code from lke_answer a join lke_question q on q.id = a.question_id
				where a.assessment_id = :assessment and a.from_survey""")
			.param("assessment", assessment.id())
			.query(String.class)
			.list());
	}

	/** The value the unit's survey gave a question, or {@code null}. */
	BigDecimal surveyValue(SelfAssessment assessment, LkeQuestion question) {
		return this.jdbc.sql("""
				select n.value from lke_answer a
				join lke_answer_number n on n.assessment_id = a.assessment_id and n.question_id = a.question_id
				where a.assessment_id = :assessment and a.question_id = :question and a.from_survey""")
			.param("assessment", assessment.id())
			.param("question", question.id())
			.query(BigDecimal.class)
			.optional()
			.orElse(null);
	}

	void markFromSurvey(SelfAssessment assessment, LkeQuestion question) {
		this.jdbc.sql("""
				update lke_answer set from_survey = true
				where assessment_id = :assessment and question_id = :question and not from_survey""")
			.param("assessment", assessment.id())
			.param("question", question.id())
			.update();
	}

	/** The years the unit has a self-assessment for, newest first. */
	List<Integer> years(long unitId) {
		return this.jdbc.sql("select period_year from lke_assessment where work_unit_id = :unit order by 1 desc")
			.param("unit", unitId)
			.query(Integer.class)
			.list();
	}

	/** Starts one, or finds the one a concurrent request started. */
	SelfAssessment insert(long unitId, int year, long versionId, String by, Instant at) {
		this.jdbc.sql("""
				insert into lke_assessment (work_unit_id, period_year, version_id, started_at, started_by)
				values (:unit, :year, :version, :at, :by) on conflict (work_unit_id, period_year) do nothing
				""")
			.param("unit", unitId)
			.param("year", year)
			.param("version", versionId)
			.param("at", timestamp(at))
			.param("by", by)
			.update();
		return find(unitId, year).orElseThrow();
	}

	/** Every answer, by question code: two queries. */
	Map<String, StoredAnswer> answers(SelfAssessment assessment) {
		Map<String, Map<String, BigDecimal>> numbers = new HashMap<>();
		this.jdbc.sql("""
				select q.code, n.name, n.value from lke_answer_number n join lke_question q on q.id = n.question_id
				where n.assessment_id = :assessment
				""").param("assessment", assessment.id()).query((ResultSet rs) -> {
			numbers.computeIfAbsent(rs.getString("code"), (code) -> new TreeMap<>())
				.put(rs.getString("name"), rs.getBigDecimal("value"));
		});
		Map<String, StoredAnswer> answers = new LinkedHashMap<>();
		this.jdbc.sql("""
				select q.code, o.letter, a.value, a.justification, a.answered_at, a.answered_by
				from lke_answer a join lke_question q on q.id = a.question_id
				left join lke_option o on o.id = a.option_id
				where a.assessment_id = :assessment
				""").param("assessment", assessment.id()).query((ResultSet rs) -> {
			String code = rs.getString("code");
			answers.put(code, new StoredAnswer(code, rs.getString("letter"), numbers.getOrDefault(code, Map.of()),
					rs.getString("justification"), rs.getBigDecimal("value"),
					rs.getObject("answered_at", OffsetDateTime.class).toInstant(), rs.getString("answered_by")));
		});
		return answers;
	}

	/** How many documents each question has as evidence. */
	Map<String, Integer> evidenceCounts(SelfAssessment assessment) {
		Map<String, Integer> counts = new HashMap<>();
		this.jdbc.sql("""
				select q.code, count(*) as n from lke_evidence e join lke_question q on q.id = e.question_id
				where e.assessment_id = :assessment group by q.code
				""").param("assessment", assessment.id()).query((ResultSet rs) -> {
			counts.put(rs.getString("code"), rs.getInt("n"));
		});
		return counts;
	}

	List<Long> evidence(SelfAssessment assessment, long questionId) {
		return this.jdbc.sql("""
				select document_id from lke_evidence where assessment_id = :assessment and question_id = :question
				order by attached_at, document_id
				""").param("assessment", assessment.id()).param("question", questionId).query(Long.class).list();
	}

	/** Every document that is evidence of the assessment. */
	Set<Long> evidenceDocuments(SelfAssessment assessment) {
		return new HashSet<>(this.jdbc.sql("select document_id from lke_evidence where assessment_id = :assessment")
			.param("assessment", assessment.id())
			.query(Long.class)
			.list());
	}

	/** The evidence of every question: for the export. */
	Map<String, List<Long>> evidenceByQuestion(SelfAssessment assessment) {
		Map<String, List<Long>> evidence = new HashMap<>();
		this.jdbc.sql("""
				select q.code, e.document_id from lke_evidence e join lke_question q on q.id = e.question_id
				where e.assessment_id = :assessment order by e.attached_at, e.document_id
				""").param("assessment", assessment.id()).query((ResultSet rs) -> {
			evidence.computeIfAbsent(rs.getString("code"), (code) -> new ArrayList<>()).add(rs.getLong("document_id"));
		});
		return evidence;
	}

	Set<Long> ticks(SelfAssessment assessment) {
		return new HashSet<>(this.jdbc.sql("select item_id from lke_checklist_tick where assessment_id = :assessment")
			.param("assessment", assessment.id())
			.query(Long.class)
			.list());
	}

	Map<String, String> assignments(SelfAssessment assessment) {
		Map<String, String> assignments = new HashMap<>();
		this.jdbc.sql("select area_code, username from lke_area_assignment where assessment_id = :assessment")
			.param("assessment", assessment.id())
			.query((ResultSet rs) -> {
				assignments.put(rs.getString("area_code"), rs.getString("username"));
			});
		return assignments;
	}

	List<AnswerChange> changes(SelfAssessment assessment, long questionId) {
		return this.jdbc.sql("""
				select changed_at, changed_by, before_state::text as before_state, after_state::text as after_state
				from lke_answer_change where assessment_id = :assessment and question_id = :question
				order by changed_at desc, id desc
				""")
			.param("assessment", assessment.id())
			.param("question", questionId)
			.query((rs, row) -> new AnswerChange(rs.getObject("changed_at", OffsetDateTime.class).toInstant(),
					rs.getString("changed_by"), state(rs.getString("before_state")),
					state(rs.getString("after_state"))))
			.list();
	}

	/** Writes an answer, its inputs, and the change, as one. */
	void save(SelfAssessment assessment, LkeQuestion question, StoredAnswer before, StoredAnswer after, String by,
			Instant at) {
		if (after == null) {
			this.jdbc.sql("delete from lke_answer where assessment_id = :assessment and question_id = :question")
				.param("assessment", assessment.id())
				.param("question", question.id())
				.update();
		}
		else {
			Long optionId = (after.option() != null) ? question.option(after.option()).orElseThrow().id() : null;
			this.jdbc.sql("""
					insert into lke_answer (assessment_id, version_id, question_id, option_id, value, justification,
					                        answered_at, answered_by)
					values (:assessment, :version, :question, :option, :value, :justification, :at, :by)
					on conflict (assessment_id, question_id) do update set option_id = excluded.option_id,
					    value = excluded.value, justification = excluded.justification,
					    answered_at = excluded.answered_at, answered_by = excluded.answered_by
					""")
				.param("assessment", assessment.id())
				.param("version", assessment.versionId())
				.param("question", question.id())
				.param("option", optionId)
				.param("value", after.value())
				.param("justification", after.justification())
				.param("at", timestamp(after.answeredAt()))
				.param("by", after.answeredBy())
				.update();
			this.jdbc.sql("delete from lke_answer_number where assessment_id = :assessment and question_id = :question")
				.param("assessment", assessment.id())
				.param("question", question.id())
				.update();
			after.numbers()
				.forEach((name, value) -> this.jdbc.sql("""
						insert into lke_answer_number (assessment_id, question_id, name, value)
						values (:assessment, :question, :name, :value)
						""")
					.param("assessment", assessment.id())
					.param("question", question.id())
					.param("name", name)
					.param("value", value)
					.update());
		}
		this.jdbc.sql("""
				insert into lke_answer_change (assessment_id, question_id, changed_at, changed_by, before_state,
				                               after_state)
				values (:assessment, :question, :at, :by, cast(:before as jsonb), cast(:after as jsonb))
				""")
			.param("assessment", assessment.id())
			.param("question", question.id())
			.param("at", timestamp(at))
			.param("by", by)
			.param("before", (before != null) ? this.json.writeValueAsString(before.state()) : null)
			.param("after", this.json.writeValueAsString((after != null) ? after.state() : Map.of("cleared", true)))
			.update();
	}

	void attach(SelfAssessment assessment, long questionId, Collection<Long> documentIds, String by, Instant at) {
		for (Long documentId : documentIds) {
			this.jdbc
				.sql("""
						insert into lke_evidence (assessment_id, version_id, question_id, document_id, attached_at, attached_by)
						values (:assessment, :version, :question, :document, :at, :by) on conflict do nothing
						""")
				.param("assessment", assessment.id())
				.param("version", assessment.versionId())
				.param("question", questionId)
				.param("document", documentId)
				.param("at", timestamp(at))
				.param("by", by)
				.update();
		}
	}

	int detach(SelfAssessment assessment, long questionId, long documentId) {
		return this.jdbc.sql("""
				delete from lke_evidence where assessment_id = :assessment and question_id = :question
				and document_id = :document
				""")
			.param("assessment", assessment.id())
			.param("question", questionId)
			.param("document", documentId)
			.update();
	}

	/** Sets the ticks of some checklist items: these ticked, the others of them not. */
	void tick(SelfAssessment assessment, Collection<Long> items, Collection<Long> ticked, String by, Instant at) {
		if (!items.isEmpty()) {
			this.jdbc.sql("delete from lke_checklist_tick where assessment_id = :assessment and item_id in (:items)")
				.param("assessment", assessment.id())
				.param("items", items)
				.update();
		}
		for (Long item : ticked) {
			this.jdbc.sql("""
					insert into lke_checklist_tick (assessment_id, item_id, ticked_at, ticked_by)
					values (:assessment, :item, :at, :by)
					""")
				.param("assessment", assessment.id())
				.param("item", item)
				.param("at", timestamp(at))
				.param("by", by)
				.update();
		}
	}

	void assign(SelfAssessment assessment, Map<String, String> assignments) {
		this.jdbc.sql("delete from lke_area_assignment where assessment_id = :assessment")
			.param("assessment", assessment.id())
			.update();
		assignments.forEach((area, username) -> this.jdbc.sql(
				"insert into lke_area_assignment (assessment_id, area_code, username) values (:assessment, :area, :username)")
			.param("assessment", assessment.id())
			.param("area", area)
			.param("username", username)
			.update());
	}

	void submit(SelfAssessment assessment, String by, Instant at) {
		this.jdbc.sql("""
				update lke_assessment set status = 'SUBMITTED', submitted_at = :at, submitted_by = :by where id = :id
				""").param("id", assessment.id()).param("at", timestamp(at)).param("by", by).update();
	}

	private Map<String, Object> state(String json) {
		if (json == null) {
			return null;
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> state = this.json.readValue(json, Map.class);
		return state;
	}

	private static SelfAssessment assessment(ResultSet rs, int row) throws SQLException {
		OffsetDateTime submitted = rs.getObject("submitted_at", OffsetDateTime.class);
		return new SelfAssessment(rs.getLong("id"), rs.getLong("work_unit_id"), rs.getInt("period_year"),
				rs.getLong("version_id"), !"DRAFT".equals(rs.getString("status")),
				rs.getObject("started_at", OffsetDateTime.class).toInstant(), rs.getString("started_by"),
				(submitted != null) ? submitted.toInstant() : null, rs.getString("submitted_by"),
				"RETURNED".equals(rs.getString("status")));
	}

	private static OffsetDateTime timestamp(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
