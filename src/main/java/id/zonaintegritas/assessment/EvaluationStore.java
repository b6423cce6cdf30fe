package id.zonaintegritas.assessment;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
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

/** The evaluations' rows: answers, their history, returns and approvals. */
@Component
class EvaluationStore {

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	EvaluationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The evaluation's id, starting it if it has none yet. */
	long evaluationId(SelfAssessment assessment, Evaluator evaluator, String by, Instant at) {
		this.jdbc.sql("""
				insert into lke_evaluation (assessment_id, version_id, evaluator, started_at, started_by)
				values (:assessment, :version, :evaluator, :at, :by) on conflict (assessment_id, evaluator) do nothing
				""")
			.param("assessment", assessment.id())
			.param("version", assessment.versionId())
			.param("evaluator", evaluator.name())
			.param("at", timestamp(at))
			.param("by", by)
			.update();
		return findId(assessment, evaluator).orElseThrow();
	}

	Optional<Long> findId(SelfAssessment assessment, Evaluator evaluator) {
		return this.jdbc
			.sql("select id from lke_evaluation where assessment_id = :assessment and evaluator = :evaluator")
			.param("assessment", assessment.id())
			.param("evaluator", evaluator.name())
			.query(Long.class)
			.optional();
	}

	/** The TPI's and the TPN's evaluations of an assessment: three queries. */
	Map<Evaluator, EvaluationRecord> evaluations(SelfAssessment assessment) {
		Map<Evaluator, Map<String, EvaluatorAnswer>> answers = new EnumMap<>(Evaluator.class);
		this.jdbc.sql("""
				select e.evaluator, q.code, o.letter, x.value, x.numbers::text as numbers, x.note, x.stands,
				       x.answered_at, x.answered_by, x.revision
				from lke_evaluation_answer x
				join lke_evaluation e on e.id = x.evaluation_id
				join lke_question q on q.id = x.question_id
				left join lke_option o on o.id = x.option_id
				where e.assessment_id = :assessment
				""").param("assessment", assessment.id()).query((ResultSet rs) -> {
			String code = rs.getString("code");
			StoredAnswer answer = new StoredAnswer(code, rs.getString("letter"), numbers(rs.getString("numbers")),
					rs.getString("note"), rs.getBigDecimal("value"),
					rs.getObject("answered_at", OffsetDateTime.class).toInstant(), rs.getString("answered_by"));
			answers.computeIfAbsent(Evaluator.valueOf(rs.getString("evaluator")), (e) -> new HashMap<>())
				.put(code, new EvaluatorAnswer(answer, rs.getBoolean("stands"), rs.getInt("revision")));
		});
		Map<Evaluator, Set<String>> answerers = new EnumMap<>(Evaluator.class);
		this.jdbc.sql("""
				select distinct e.evaluator, c.changed_by from lke_evaluation_answer_change c
				join lke_evaluation e on e.id = c.evaluation_id where e.assessment_id = :assessment
				""").param("assessment", assessment.id()).query((ResultSet rs) -> {
			answerers.computeIfAbsent(Evaluator.valueOf(rs.getString("evaluator")), (e) -> new HashSet<>())
				.add(rs.getString("changed_by"));
		});
		Map<Evaluator, EvaluationRecord> evaluations = new EnumMap<>(Evaluator.class);
		for (Evaluator evaluator : Evaluator.values()) {
			evaluations.put(evaluator, EvaluationRecord.empty(evaluator));
		}
		this.jdbc.sql("""
				select id, evaluator, lhe_number, lhe_date, approved_at, approved_by, field_notes
				from lke_evaluation where assessment_id = :assessment
				""").param("assessment", assessment.id()).query((ResultSet rs) -> {
			Evaluator evaluator = Evaluator.valueOf(rs.getString("evaluator"));
			OffsetDateTime approvedAt = rs.getObject("approved_at", OffsetDateTime.class);
			evaluations.put(evaluator,
					new EvaluationRecord(rs.getLong("id"), evaluator, answers.getOrDefault(evaluator, Map.of()),
							answerers.getOrDefault(evaluator, Set.of()), rs.getString("lhe_number"),
							rs.getObject("lhe_date", LocalDate.class),
							(approvedAt != null) ? approvedAt.toInstant() : null, rs.getString("approved_by"),
							rs.getString("field_notes")));
		});
		return evaluations;
	}

	/**
	 * Writes an answer if it is still at the revision the evaluator read (0: none yet).
	 * @return whether it was written
	 */
	boolean save(long evaluationId, SelfAssessment assessment, LkeQuestion question, StoredAnswer answer,
			boolean stands, int seenRevision) {
		Long optionId = (answer.option() != null) ? question.option(answer.option()).orElseThrow().id() : null;
		String numbers = this.json.writeValueAsString(plain(answer.numbers()));
		int written;
		if (seenRevision == 0) {
			written = this.jdbc
				.sql("""
						insert into lke_evaluation_answer (evaluation_id, version_id, question_id, option_id, value, numbers,
						                                   note, stands, answered_at, answered_by)
						values (:evaluation, :version, :question, :option, :value, cast(:numbers as jsonb), :note, :stands,
						        :at, :by)
						on conflict (evaluation_id, question_id) do nothing
						""")
				.param("evaluation", evaluationId)
				.param("version", assessment.versionId())
				.param("question", question.id())
				.param("option", optionId)
				.param("value", answer.value())
				.param("numbers", numbers)
				.param("note", answer.justification())
				.param("stands", stands)
				.param("at", timestamp(answer.answeredAt()))
				.param("by", answer.answeredBy())
				.update();
		}
		else {
			written = this.jdbc
				.sql("""
						update lke_evaluation_answer set option_id = :option, value = :value, numbers = cast(:numbers as jsonb),
						    note = :note, stands = :stands, answered_at = :at, answered_by = :by, revision = revision + 1
						where evaluation_id = :evaluation and question_id = :question and revision = :seen
						""")
				.param("evaluation", evaluationId)
				.param("question", question.id())
				.param("option", optionId)
				.param("value", answer.value())
				.param("numbers", numbers)
				.param("note", answer.justification())
				.param("stands", stands)
				.param("at", timestamp(answer.answeredAt()))
				.param("by", answer.answeredBy())
				.param("seen", seenRevision)
				.update();
		}
		if (written == 0) {
			return false;
		}
		Map<String, Object> state = new LinkedHashMap<>(answer.state());
		state.put("stands", stands);
		this.jdbc
			.sql("""
					insert into lke_evaluation_answer_change (evaluation_id, question_id, changed_at, changed_by, after_state)
					values (:evaluation, :question, :at, :by, cast(:state as jsonb))
					""")
			.param("evaluation", evaluationId)
			.param("question", question.id())
			.param("at", timestamp(answer.answeredAt()))
			.param("by", answer.answeredBy())
			.param("state", this.json.writeValueAsString(state(answer, stands)))
			.update();
		return true;
	}

	/** What an evaluator's answer says, as its history keeps it. */
	static Map<String, Object> state(StoredAnswer answer, boolean stands) {
		Map<String, Object> state = new LinkedHashMap<>(answer.state());
		state.put("stands", stands);
		return state;
	}

	/**
	 * What an answer said at a revision: each save is one revision and one change kept,
	 * in order.
	 */
	Map<String, Object> stateAt(Long evaluationId, long questionId, int revision) {
		if (evaluationId == null) {
			return null;
		}
		return this.jdbc.sql("""
				select after_state::text from lke_evaluation_answer_change
				where evaluation_id = :evaluation and question_id = :question order by id offset :skip limit 1
				""")
			.param("evaluation", evaluationId)
			.param("question", questionId)
			.param("skip", revision - 1)
			.query(String.class)
			.optional()
			.map(this::read)
			.orElse(null);
	}

	private Map<String, Object> read(String json) {
		@SuppressWarnings("unchecked")
		Map<String, Object> state = this.json.readValue(json, Map.class);
		return state;
	}

	/**
	 * Every return of the assessment's questions, oldest first, with the unit's changes
	 * since.
	 */
	List<QuestionReturn> returns(SelfAssessment assessment, SelfAssessmentStore answers) {
		List<QuestionReturn> returns = new ArrayList<>();
		this.jdbc.sql("""
				select q.id, q.code, r.note, r.returned_at, r.returned_by, r.revised_at, r.revised_by
				from lke_return r join lke_evaluation e on e.id = r.evaluation_id
				join lke_question q on q.id = r.question_id
				where e.assessment_id = :assessment order by r.returned_at, r.id
				""").param("assessment", assessment.id()).query((ResultSet rs) -> {
			Instant returnedAt = rs.getObject("returned_at", OffsetDateTime.class).toInstant();
			OffsetDateTime revisedAt = rs.getObject("revised_at", OffsetDateTime.class);
			List<AnswerChange> since = answers.changes(assessment, rs.getLong("id"))
				.stream()
				.filter((change) -> change.changedAt().isAfter(returnedAt)
						&& (revisedAt == null || !change.changedAt().isAfter(revisedAt.toInstant())))
				.toList();
			returns.add(new QuestionReturn(rs.getString("code"), rs.getString("note"), returnedAt,
					rs.getString("returned_by"), (revisedAt != null) ? revisedAt.toInstant() : null,
					rs.getString("revised_by"), since));
		});
		return returns;
	}

	/** The open returns' notes, by question code. */
	Map<String, String> openReturns(SelfAssessment assessment) {
		Map<String, String> open = new TreeMap<>();
		this.jdbc.sql("""
				select q.code, r.note from lke_return r join lke_evaluation e on e.id = r.evaluation_id
				join lke_question q on q.id = r.question_id
				where e.assessment_id = :assessment and r.revised_at is null
				""").param("assessment", assessment.id()).query((ResultSet rs) -> {
			open.put(rs.getString("code"), rs.getString("note"));
		});
		return open;
	}

	void returnQuestion(long evaluationId, long questionId, String note, String by, Instant at) {
		this.jdbc.sql("""
				insert into lke_return (evaluation_id, question_id, note, returned_at, returned_by)
				values (:evaluation, :question, :note, :at, :by)
				""")
			.param("evaluation", evaluationId)
			.param("question", questionId)
			.param("note", note)
			.param("at", timestamp(at))
			.param("by", by)
			.update();
	}

	void setStatus(SelfAssessment assessment, String status) {
		this.jdbc.sql("update lke_assessment set status = :status where id = :id")
			.param("status", status)
			.param("id", assessment.id())
			.update();
	}

	/** Closes the open returns: the unit sent its revisions back. */
	int closeReturns(SelfAssessment assessment, String by, Instant at) {
		return this.jdbc.sql("""
				update lke_return r set revised_at = :at, revised_by = :by from lke_evaluation e
				where e.id = r.evaluation_id and e.assessment_id = :assessment and r.revised_at is null
				""").param("assessment", assessment.id()).param("at", timestamp(at)).param("by", by).update();
	}

	void approve(long evaluationId, String lheNumber, LocalDate lheDate, String by, Instant at) {
		this.jdbc.sql("""
				update lke_evaluation set status = 'APPROVED', lhe_number = :number, lhe_date = :date,
				    approved_at = :at, approved_by = :by
				where id = :id
				""")
			.param("id", evaluationId)
			.param("number", lheNumber)
			.param("date", lheDate)
			.param("at", timestamp(at))
			.param("by", by)
			.update();
	}

	void fieldNotes(long evaluationId, String notes) {
		this.jdbc.sql("update lke_evaluation set field_notes = :notes where id = :id")
			.param("id", evaluationId)
			.param("notes", notes)
			.update();
	}

	private Map<String, BigDecimal> numbers(String json) {
		Map<String, BigDecimal> numbers = new TreeMap<>();
		@SuppressWarnings("unchecked")
		Map<String, Object> read = this.json.readValue(json, Map.class);
		read.forEach((name, value) -> numbers.put(name, new BigDecimal(String.valueOf(value))));
		return numbers;
	}

	private static Map<String, String> plain(Map<String, BigDecimal> numbers) {
		Map<String, String> plain = new TreeMap<>();
		numbers.forEach((name, value) -> plain.put(name, value.toPlainString()));
		return plain;
	}

	private static OffsetDateTime timestamp(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
