package id.zonaintegritas.assessment;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.zonaintegritas.shared.Predicate;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stores LKE versions and reads them back whole. It works on any {@link JdbcClient}: the
 * portal's, or the migration's own connection when the bundled version is loaded (so that
 * both go the same way).
 */
final class InstrumentStore {

	private final JdbcClient jdbc;

	InstrumentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a version read from its files, as a draft; returns its id. */
	long insertDraft(LkeVersion version, Map<String, String> texts, String loadedBy, Instant at) {
		long id = this.jdbc.sql(
				"insert into lke_version (name, status, loaded_at, loaded_by) values (:name, 'DRAFT', :at, :by) returning id")
			.param("name", version.name())
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.param("by", loadedBy)
			.query(Long.class)
			.single();
		texts.forEach((file, content) -> this.jdbc
			.sql("insert into lke_version_file (version_id, name, content) values (:version, :name, :content)")
			.param("version", id)
			.param("name", file)
			.param("content", content)
			.update());
		int areaPosition = 0;
		for (LkeArea area : version.areas()) {
			long areaId = this.jdbc.sql("""
					insert into lke_area (version_id, code, name, component, position)
					values (:version, :code, :name, :component, :position) returning id
					""")
				.param("version", id)
				.param("code", area.code())
				.param("name", area.name())
				.param("component", area.component().name())
				.param("position", ++areaPosition)
				.query(Long.class)
				.single();
			int subAreaPosition = 0;
			for (LkeSubArea subArea : area.subAreas()) {
				long subAreaId = this.jdbc.sql("""
						insert into lke_sub_area (version_id, area_id, code, name, part, weight, position)
						values (:version, :area, :code, :name, :part, :weight, :position) returning id
						""")
					.param("version", id)
					.param("area", areaId)
					.param("code", subArea.code())
					.param("name", subArea.name())
					.param("part", subArea.part().name())
					.param("weight", subArea.weight())
					.param("position", ++subAreaPosition)
					.query(Long.class)
					.single();
				for (LkeQuestion question : subArea.questions()) {
					insertQuestion(id, subAreaId, question);
				}
			}
		}
		for (Minimum minimum : version.minimums()) {
			this.jdbc
				.sql("""
						insert into lke_minimum (version_id, predicate, criterion, scope, unit, minimum, source, status, note,
						                         applied)
						values (:version, :predicate, :criterion, :scope, :unit, :minimum, :source, :status, :note, :applied)
						""")
				.param("version", id)
				.param("predicate", minimum.predicate().name())
				.param("criterion", minimum.criterion())
				.param("scope", minimum.scope())
				.param("unit", minimum.unit())
				.param("minimum", minimum.minimum())
				.param("source", minimum.source())
				.param("status", minimum.status())
				.param("note", minimum.note())
				.param("applied", minimum.applied())
				.update();
		}
		return id;
	}

	private void insertQuestion(long version, long subAreaId, LkeQuestion question) {
		long questionId = this.jdbc
			.sql("""
					insert into lke_question (version_id, sub_area_id, code, position, text, answer_type, formula, criterion)
					values (:version, :subArea, :code, :position, :text, :type, :formula, :criterion) returning id
					""")
			.param("version", version)
			.param("subArea", subAreaId)
			.param("code", question.code())
			.param("position", question.position())
			.param("text", question.text())
			.param("type", question.type().name())
			.param("formula", (question.formula() != null) ? question.formula().toString() : null)
			.param("criterion", question.criterion())
			.query(Long.class)
			.single();
		int position = 0;
		for (LkeOption option : question.options()) {
			this.jdbc.sql("""
					insert into lke_option (question_id, letter, position, text, value)
					values (:question, :letter, :position, :text, :value)
					""")
				.param("question", questionId)
				.param("letter", option.letter())
				.param("position", ++position)
				.param("text", option.text())
				.param("value", option.value())
				.update();
		}
		position = 0;
		for (NumericInput input : question.inputs()) {
			this.jdbc.sql("""
					insert into lke_numeric_input (question_id, position, name, label, role)
					values (:question, :position, :name, :label, :role)
					""")
				.param("question", questionId)
				.param("position", ++position)
				.param("name", input.name())
				.param("label", (input.label() != null) ? input.label() : input.name())
				.param("role", input.role())
				.update();
		}
	}

	/** Publishes a draft; from then on it never changes. */
	int publish(long id, String by, Instant at) {
		return this.jdbc.sql("""
				update lke_version set status = 'PUBLISHED', published_at = :at, published_by = :by
				where id = :id and status = 'DRAFT'
				""").param("id", id).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).param("by", by).update();
	}

	boolean exists(String name) {
		return this.jdbc.sql("select count(*) from lke_version where name = :name")
			.param("name", name)
			.query(Long.class)
			.single() > 0;
	}

	/** The published version most recently published: the one new assessments use. */
	Optional<Long> inForce() {
		return this.jdbc
			.sql("select id from lke_version where status = 'PUBLISHED' order by published_at desc, id desc limit 1")
			.query(Long.class)
			.optional();
	}

	/** A version, whole, read in five queries whatever its size. */
	Optional<LkeVersion> load(long id) {
		Optional<VersionRow> version = this.jdbc.sql("select id, name, status from lke_version where id = :id")
			.param("id", id)
			.query((rs, row) -> new VersionRow(rs.getLong("id"), rs.getString("name"), rs.getString("status")))
			.optional();
		if (version.isEmpty()) {
			return Optional.empty();
		}
		Map<Long, List<LkeOption>> options = new LinkedHashMap<>();
		this.jdbc.sql("""
				select o.question_id, o.id, o.letter, o.text, o.value from lke_option o
				join lke_question q on q.id = o.question_id where q.version_id = :id order by o.question_id, o.position
				""").param("id", id).query((ResultSet rs) -> {
			options.computeIfAbsent(rs.getLong("question_id"), (q) -> new ArrayList<>())
				.add(new LkeOption(rs.getLong("id"), rs.getString("letter"), rs.getString("text"),
						rs.getBigDecimal("value")));
		});
		Map<Long, List<NumericInput>> inputs = new LinkedHashMap<>();
		this.jdbc.sql("""
				select i.question_id, i.name, i.label, i.role, a.component from lke_numeric_input i
				join lke_question q on q.id = i.question_id
				join lke_sub_area s on s.id = q.sub_area_id
				join lke_area a on a.id = s.area_id
				where q.version_id = :id order by i.question_id, i.position
				""").param("id", id).query((ResultSet rs) -> {
			inputs.computeIfAbsent(rs.getLong("question_id"), (q) -> new ArrayList<>())
				.add(new NumericInput(rs.getString("name"), rs.getString("label"), rs.getString("role"),
						"HASIL".equals(rs.getString("component"))));
		});
		Map<Long, List<LkeQuestion>> questions = new LinkedHashMap<>();
		this.jdbc.sql("""
				select id, sub_area_id, code, position, text, answer_type, formula, criterion from lke_question
				where version_id = :id order by sub_area_id, position
				""").param("id", id).query((ResultSet rs) -> {
			long questionId = rs.getLong("id");
			String formula = rs.getString("formula");
			questions.computeIfAbsent(rs.getLong("sub_area_id"), (s) -> new ArrayList<>())
				.add(new LkeQuestion(questionId, rs.getString("code"), rs.getInt("position"), rs.getString("text"),
						AnswerType.valueOf(rs.getString("answer_type")), options.getOrDefault(questionId, List.of()),
						inputs.getOrDefault(questionId, List.of()), (formula != null) ? Formula.parse(formula) : null,
						rs.getString("criterion")));
		});
		Map<Long, List<LkeSubArea>> subAreas = new LinkedHashMap<>();
		this.jdbc.sql("""
				select id, area_id, code, name, part, weight from lke_sub_area where version_id = :id
				order by area_id, position
				""").param("id", id).query((ResultSet rs) -> {
			subAreas.computeIfAbsent(rs.getLong("area_id"), (a) -> new ArrayList<>())
				.add(new LkeSubArea(rs.getString("code"), rs.getString("name"), Part.valueOf(rs.getString("part")),
						rs.getBigDecimal("weight"), questions.getOrDefault(rs.getLong("id"), List.of())));
		});
		List<LkeArea> areas = this.jdbc
			.sql("select id, code, name, component from lke_area where version_id = :id order by position")
			.param("id", id)
			.query((rs, row) -> new LkeArea(rs.getString("code"), rs.getString("name"),
					Part.Component.valueOf(rs.getString("component")),
					subAreas.getOrDefault(rs.getLong("id"), List.of())))
			.list();
		List<Minimum> minimums = this.jdbc.sql("""
				select predicate, criterion, scope, unit, minimum, source, status, note, applied from lke_minimum
				where version_id = :id order by id
				""").param("id", id).query(InstrumentStore::minimum).list();
		return Optional.of(new LkeVersion(version.get().id(), version.get().name(),
				"PUBLISHED".equals(version.get().status()), areas, minimums));
	}

	/** Every version, newest first, for the administrators' list. */
	List<LkeVersionSummary> summaries() {
		return this.jdbc.sql("""
				select v.id, v.name, v.status, v.loaded_at, v.loaded_by, v.published_at, v.published_by,
				       (select count(*) from lke_question q where q.version_id = v.id) as questions,
				       (select count(*) from lke_assessment a where a.version_id = v.id) as assessments
				from lke_version v order by v.loaded_at desc, v.id desc
				""")
			.query((rs, row) -> new LkeVersionSummary(rs.getLong("id"), rs.getString("name"),
					"PUBLISHED".equals(rs.getString("status")), instant(rs, "loaded_at"), rs.getString("loaded_by"),
					instant(rs, "published_at"), rs.getString("published_by"), rs.getInt("questions"),
					rs.getLong("assessments")))
			.list();
	}

	/** The files a version was loaded from, by name. */
	Map<String, String> files(long id) {
		Map<String, String> files = new LinkedHashMap<>();
		this.jdbc.sql("select name, content from lke_version_file where version_id = :id order by name")
			.param("id", id)
			.query((ResultSet rs) -> {
				files.put(rs.getString("name"), rs.getString("content"));
			});
		return files;
	}

	int deleteDraft(long id) {
		return this.jdbc.sql("delete from lke_version where id = :id and status = 'DRAFT'").param("id", id).update();
	}

	private static Minimum minimum(ResultSet rs, int row) throws SQLException {
		BigDecimal value = rs.getBigDecimal("minimum");
		return new Minimum(Predicate.valueOf(rs.getString("predicate")), rs.getString("criterion"),
				rs.getString("scope"), rs.getString("unit"), value, rs.getString("source"), rs.getString("status"),
				rs.getString("note"), rs.getBoolean("applied"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return (time != null) ? time.toInstant() : null;
	}

	private record VersionRow(long id, String name, String status) {
	}

}
