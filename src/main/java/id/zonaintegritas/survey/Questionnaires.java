package id.zonaintegritas.survey;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import id.zonaintegritas.audit.AuditRecord;
import id.zonaintegritas.audit.AuditTrail;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.AdministratorCheck;
import id.zonaintegritas.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The questionnaires as versioned data: the newest published version of each kind is the
 * one answered; an administrator drafts a new version (one item per line) and publishes
 * it. Responses keep the version they were given under, so publishing changes nothing
 * already answered.
 */
@Service
public class Questionnaires {

	private static final Pattern CODE = Pattern.compile("^[A-Za-z0-9_.-]{1,20}$");

	private final JdbcClient jdbc;

	private final AdministratorCheck administrators;

	private final AuditTrail audit;

	private final Clock clock;

	Questionnaires(JdbcClient jdbc, AdministratorCheck administrators, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.administrators = administrators;
		this.audit = audit;
		this.clock = clock;
	}

	/** The version in force for a kind: the newest published one. */
	@Transactional(readOnly = true)
	public Questionnaire inForce(SurveyKind kind) {
		long id = this.jdbc.sql("""
				select id from survey_version where kind = :kind and status = 'PUBLISHED'
				order by number desc limit 1""").param("kind", kind.name()).query(Long.class).single();
		return version(id);
	}

	@Transactional(readOnly = true)
	public Questionnaire version(long id) {
		List<Questionnaire.Item> items = this.jdbc.sql("""
				select position, code, text_id, text_en from survey_item where version_id = :id order by position""")
			.param("id", id)
			.query((rs, row) -> new Questionnaire.Item(rs.getInt("position"), rs.getString("code"),
					rs.getString("text_id"), rs.getString("text_en")))
			.list();
		return this.jdbc.sql("select kind, number, status, published_at from survey_version where id = :id")
			.param("id", id)
			.query((rs, row) -> {
				Timestamp published = rs.getTimestamp("published_at");
				return new Questionnaire(id, SurveyKind.valueOf(rs.getString("kind")), rs.getInt("number"),
						"PUBLISHED".equals(rs.getString("status")), (published != null) ? published.toInstant() : null,
						items);
			})
			.optional()
			.orElseThrow(() -> new NotFoundException("survey.version.notFound", id));
	}

	/** Every version of both kinds, newest first, for administrators. */
	@Transactional(readOnly = true)
	public List<Questionnaire> all(Actor admin) {
		this.administrators.requireAdministrator(admin);
		return this.jdbc.sql("select id from survey_version order by kind, number desc")
			.query(Long.class)
			.list()
			.stream()
			.map(this::version)
			.toList();
	}

	/**
	 * Drafts a new version from lines {@code code | teks Indonesia | English text}, every
	 * problem reported at once.
	 * @return the draft's id
	 */
	@Transactional
	public long draft(SurveyKind kind, String lines, Actor admin) {
		this.administrators.requireAdministrator(admin);
		List<Questionnaire.Item> items = new ArrayList<>();
		List<SurveyRuleException> problems = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		int lineNumber = 0;
		for (String line : (lines != null) ? lines.split("\\R") : new String[0]) {
			lineNumber++;
			if (line.isBlank()) {
				continue;
			}
			String[] parts = line.split("\\|", -1);
			if (parts.length != 3 || parts[1].isBlank() || parts[2].isBlank()) {
				problems.add(new SurveyRuleException("items", "survey.version.lineFormat", lineNumber));
				continue;
			}
			String code = parts[0].strip();
			if (!CODE.matcher(code).matches() || !codes.add(code)) {
				problems.add(new SurveyRuleException("items", "survey.version.codeInvalid", lineNumber, code));
				continue;
			}
			if (parts[1].strip().length() > 500 || parts[2].strip().length() > 500) {
				problems.add(new SurveyRuleException("items", "survey.version.textTooLong", lineNumber));
				continue;
			}
			items.add(new Questionnaire.Item(items.size() + 1, code, parts[1].strip(), parts[2].strip()));
		}
		if (items.isEmpty() && problems.isEmpty()) {
			problems.add(new SurveyRuleException("items", "survey.version.empty"));
		}
		SurveyRuleException.throwIfAny(problems);
		int number = this.jdbc.sql("select coalesce(max(number), 0) + 1 from survey_version where kind = :kind")
			.param("kind", kind.name())
			.query(Integer.class)
			.single();
		long id = this.jdbc.sql("""
				insert into survey_version (kind, number, created_at, created_by) values (:kind, :number, :now, :by)
				returning id""")
			.param("kind", kind.name())
			.param("number", number)
			.param("now", OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.param("by", admin.username())
			.query(Long.class)
			.single();
		for (Questionnaire.Item item : items) {
			this.jdbc.sql("""
					insert into survey_item (version_id, position, code, text_id, text_en)
					values (:id, :position, :code, :textId, :textEn)""")
				.param("id", id)
				.param("position", item.position())
				.param("code", item.code())
				.param("textId", item.textId())
				.param("textEn", item.textEn())
				.update();
		}
		this.audit.record(AuditRecord.of(admin, "SURVEY_VERSION_DRAFTED", "SurveyVersion", id, null,
				kind + " " + number + " (" + items.size() + ")"));
		return id;
	}

	/** Publishes a draft: new visits answer it from now on. */
	@Transactional
	public void publish(long id, Actor admin) {
		this.administrators.requireAdministrator(admin);
		Questionnaire version = version(id);
		if (version.published()) {
			throw new SurveyRuleException(null, "survey.version.alreadyPublished", version.number());
		}
		this.jdbc.sql("""
				update survey_version set status = 'PUBLISHED', published_at = :now, published_by = :by
				where id = :id and status = 'DRAFT'""")
			.param("now", OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.param("by", admin.username())
			.param("id", id)
			.update();
		this.audit.record(AuditRecord.of(admin, "SURVEY_VERSION_PUBLISHED", "SurveyVersion", id, null,
				version.kind() + " " + version.number()));
	}

}
