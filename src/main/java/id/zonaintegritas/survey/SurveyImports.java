package id.zonaintegritas.survey;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.zonaintegritas.account.AccessGuard;
import id.zonaintegritas.audit.AuditRecord;
import id.zonaintegritas.audit.AuditTrail;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ProgrammeDates;
import id.zonaintegritas.shared.Text;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Responses of a survey run elsewhere, imported from a CSV file: all of it or nothing,
 * each line's problems reported with its number. Columns: {@code tanggal} (yyyy-mm-dd, in
 * the survey's period), one column per item code of the questionnaire in force (1–4), and
 * optionally {@code layanan}, {@code usia}, {@code jenis_kelamin}, {@code pendidikan}.
 */
@Service
public class SurveyImports {

	static final int MAX_LISTED = 50;

	static final int MAX_ROWS = 200_000;

	private final JdbcClient jdbc;

	private final SurveyService surveys;

	private final Questionnaires questionnaires;

	private final Responses responses;

	private final AccessGuard access;

	private final AuditTrail audit;

	private final Clock clock;

	SurveyImports(JdbcClient jdbc, SurveyService surveys, Questionnaires questionnaires, Responses responses,
			AccessGuard access, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.surveys = surveys;
		this.questionnaires = questionnaires;
		this.responses = responses;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @return how many responses were imported
	 */
	@Transactional
	public int importFile(long unitId, long surveyId, String fileName, byte[] content, Actor staff) {
		this.access.requireStaffOf(staff, unitId);
		Survey survey = this.surveys.survey(unitId, surveyId, staff);
		Questionnaire questionnaire = this.questionnaires.inForce(survey.kind());
		String text = utf8(content);
		List<SurveyImportException.Problem> problems = new ArrayList<>();
		List<Row> rows = new ArrayList<>();
		try (CSVParser parser = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreSurroundingSpaces(true)
			.setIgnoreEmptyLines(true)
			.get()
			.parse(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text))) {
			Map<String, Integer> header = parser.getHeaderMap();
			List<String> missing = new ArrayList<>();
			if (!header.containsKey("tanggal")) {
				missing.add("tanggal");
			}
			questionnaire.items()
				.stream()
				.map(Questionnaire.Item::code)
				.filter((code) -> !header.containsKey(code))
				.forEach(missing::add);
			if (!missing.isEmpty()) {
				throw new SurveyImportException(List.of(new SurveyImportException.Problem(1,
						"survey.import.columnsMissing", String.join(", ", missing))), 1);
			}
			for (CSVRecord record : parser) {
				long line = parser.getCurrentLineNumber();
				if (rows.size() >= MAX_ROWS) {
					problems.add(new SurveyImportException.Problem(line, "survey.import.tooMany", MAX_ROWS));
					break;
				}
				Row row = row(record, line, survey, questionnaire, problems);
				if (row != null) {
					rows.add(row);
				}
			}
		}
		catch (IOException | IllegalStateException | java.io.UncheckedIOException ex) {
			throw new SurveyImportException(List.of(new SurveyImportException.Problem(1, "survey.import.unreadable")),
					1);
		}
		if (rows.isEmpty() && problems.isEmpty()) {
			problems.add(new SurveyImportException.Problem(2, "survey.import.empty"));
		}
		if (!problems.isEmpty()) {
			throw new SurveyImportException(problems.subList(0, Math.min(MAX_LISTED, problems.size())),
					problems.size());
		}
		OffsetDateTime now = OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		long importId = this.jdbc.sql("""
				insert into survey_import (survey_id, file_name, rows, imported_at, imported_by)
				values (:survey, :file, :rows, :now, :by) returning id""")
			.param("survey", surveyId)
			.param("file", (fileName != null) ? fileName : "impor.csv")
			.param("rows", rows.size())
			.param("now", now)
			.param("by", staff.username())
			.query(Long.class)
			.single();
		for (Row row : rows) {
			this.jdbc.sql("""
					insert into survey_response (survey_id, version_id, submitted_at, quarter, answers, mean, service,
					                             age_band, sex, education, source, import_id)
					values (:survey, :version, :at, :quarter, :answers::smallint[], :mean, :service, :age, :sex,
					        :education, 'IMPORT', :import)""")
				.param("survey", surveyId)
				.param("version", questionnaire.id())
				.param("at",
						OffsetDateTime.ofInstant(ProgrammeDates.startOf(row.date()).plusSeconds(12 * 3600),
								ZoneOffset.UTC))
				.param("quarter", (row.date().getMonthValue() - 1) / 3 + 1)
				.param("answers", Responses.arrayText(row.answers()))
				.param("mean", Responses.mean(row.answers()))
				.param("service", row.service())
				.param("age", row.ageBand())
				.param("sex", row.sex())
				.param("education", row.education())
				.param("import", importId)
				.update();
		}
		this.responses.takenIntoTheLke(survey);
		this.audit.record(AuditRecord.of(staff, "SURVEY_IMPORTED", "Survey", surveyId, unitId,
				rows.size() + " (" + fileName + ")"));
		return rows.size();
	}

	private Row row(CSVRecord record, long line, Survey survey, Questionnaire questionnaire,
			List<SurveyImportException.Problem> problems) {
		int before = problems.size();
		LocalDate date = null;
		try {
			date = LocalDate.parse(value(record, "tanggal"));
			if (date.getYear() != survey.year()) {
				problems.add(new SurveyImportException.Problem(line, "survey.import.dateOutside", survey.year()));
			}
		}
		catch (DateTimeParseException | NullPointerException ex) {
			problems.add(new SurveyImportException.Problem(line, "survey.import.date"));
		}
		short[] answers = new short[questionnaire.items().size()];
		for (Questionnaire.Item item : questionnaire.items()) {
			String given = value(record, item.code());
			if (given == null || !given.matches("[1-4]")) {
				problems.add(new SurveyImportException.Problem(line, "survey.import.answer", item.code()));
			}
			else {
				answers[item.position() - 1] = Short.parseShort(given);
			}
		}
		String service = Text.cleanLine(value(record, "layanan"));
		if (service != null && service.length() > 100) {
			problems.add(new SurveyImportException.Problem(line, "survey.import.service", 100));
		}
		String age = choice(record, "usia", Responses.AGE_BANDS, line, problems);
		String sex = choice(record, "jenis_kelamin", Responses.SEXES, line, problems);
		String education = choice(record, "pendidikan", Responses.EDUCATIONS, line, problems);
		return (problems.size() == before) ? new Row(date, answers, service, age, sex, education) : null;
	}

	private static String choice(CSVRecord record, String column, java.util.Set<String> allowed, long line,
			List<SurveyImportException.Problem> problems) {
		String given = Text.cleanLine(value(record, column));
		if (given == null) {
			return null;
		}
		String upper = given.toUpperCase(Locale.ROOT);
		if (!allowed.contains(upper)) {
			problems.add(new SurveyImportException.Problem(line, "survey.import.choice", column,
					String.join(", ", new java.util.TreeSet<>(allowed))));
			return null;
		}
		return upper;
	}

	private static String value(CSVRecord record, String column) {
		return (record.isMapped(column) && record.isSet(column)) ? Text.cleanLine(record.get(column)) : null;
	}

	private static String utf8(byte[] content) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return new String(content, StandardCharsets.ISO_8859_1);
		}
	}

	private record Row(LocalDate date, short[] answers, String service, String ageBand, String sex, String education) {
	}

}
