package id.zonaintegritas.survey;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.zonaintegritas.account.AccessGuard;
import id.zonaintegritas.audit.AuditRecord;
import id.zonaintegritas.audit.AuditTrail;
import id.zonaintegritas.institution.InstitutionService;
import id.zonaintegritas.institution.WorkUnitSummary;
import id.zonaintegritas.period.PeriodService;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit's surveys, for its staff (who open them, choose how a visit proves itself, print
 * receipt codes and the poster) and the reviewers of its instansi (who read the results).
 */
@Service
public class SurveyService {

	/** How long a counter's QR code works. */
	public static final Duration COUNTER_SCREEN = Duration.ofMinutes(15);

	/** How long a printed counter card works: the day it is printed for. */
	public static final Duration COUNTER_CARD = Duration.ofHours(24);

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final JdbcClient jdbc;

	private final SurveyStore store;

	private final SurveyResults results;

	private final AccessGuard access;

	private final InstitutionService institutions;

	private final PeriodService periods;

	private final AuditTrail audit;

	private final Clock clock;

	SurveyService(JdbcClient jdbc, SurveyStore store, SurveyResults results, AccessGuard access,
			InstitutionService institutions, PeriodService periods, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.results = results;
		this.access = access;
		this.institutions = institutions;
		this.periods = periods;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The unit's surveys of a period with their indices, for its staff or the reviewers
	 * of its instansi.
	 *
	 * @param unit the unit
	 * @param year the period
	 * @param surveys its surveys, each with its index
	 */
	public record UnitSurveys(WorkUnitSummary unit, int year, List<SurveyWithIndex> surveys) {

		public SurveyWithIndex of(SurveyKind kind) {
			return this.surveys.stream().filter((s) -> s.survey().kind() == kind).findFirst().orElse(null);
		}

	}

	/**
	 * @param survey the survey
	 * @param index its index over the period
	 * @param minimumSample the sample it should reach
	 */
	public record SurveyWithIndex(Survey survey, SurveyIndex index, int minimumSample) {
	}

	@Transactional(readOnly = true)
	public UnitSurveys ofUnit(long unitId, int year, Actor reader) {
		this.access.requireStaffOrReviewerOf(reader, unitId);
		List<SurveyWithIndex> surveys = this.store.ofUnit(unitId, year)
			.stream()
			.map((survey) -> new SurveyWithIndex(survey, this.results.overall(survey.id()),
					SurveyIndex.minimumSample(survey.population())))
			.toList();
		return new UnitSurveys(this.institutions.workUnit(unitId), year, surveys);
	}

	/** A survey's results, for the unit's staff or the reviewers of its instansi. */
	@Transactional(readOnly = true)
	public SurveyResultsView results(long unitId, long surveyId, Actor reader) {
		return this.results.of(survey(unitId, surveyId, reader));
	}

	/**
	 * The unit's staff open a survey of the period, choosing how a visit proves itself.
	 */
	@Transactional
	public Survey open(long unitId, int year, SurveyKind kind, Survey.Access access, Integer population, Actor staff) {
		this.access.requireStaffOf(staff, unitId);
		List<SurveyRuleException> problems = new ArrayList<>();
		if (kind == null) {
			problems.add(new SurveyRuleException("kind", "survey.rule.kindRequired"));
		}
		if (access == null) {
			problems.add(new SurveyRuleException("access", "survey.rule.accessRequired"));
		}
		if (population != null && (population < 1 || population > 100_000_000)) {
			problems.add(new SurveyRuleException("population", "survey.rule.population"));
		}
		if (this.periods.of(year).isEmpty()) {
			problems.add(new SurveyRuleException(null, "survey.rule.noPeriod", year));
		}
		SurveyRuleException.throwIfAny(problems);
		if (this.store.ofUnit(unitId, year).stream().anyMatch((s) -> s.kind() == kind)) {
			throw new SurveyRuleException("kind", "survey.rule.alreadyOpen", kind.name(), year);
		}
		long id = this.jdbc.sql("""
				insert into survey (work_unit_id, period_year, kind, public_code, access, population, counter_key,
				                    created_at, created_by)
				values (:unit, :year, :kind, :code, :access, :population, :key, :now, :by)
				on conflict (work_unit_id, period_year, kind) do nothing returning id""")
			.param("unit", unitId)
			.param("year", year)
			.param("kind", kind.name())
			.param("code", SurveyTokens.random(9).toLowerCase(Locale.ROOT).replace('_', 'x').replace('-', 'y'))
			.param("access", access.name())
			.param("population", population)
			.param("key", SurveyTokens.newKey())
			.param("now", OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.param("by", staff.username())
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new SurveyRuleException("kind", "survey.rule.alreadyOpen", kind.name(), year));
		this.audit.record(AuditRecord.of(staff, "SURVEY_OPENED", "Survey", id, unitId, kind + " " + year));
		return this.store.byId(id).orElseThrow();
	}

	/**
	 * New one-time codes for the unit's service receipts (a receipt-code survey).
	 * @return the codes, to print
	 */
	@Transactional
	public List<String> receiptCodes(long unitId, long surveyId, int count, Actor staff) {
		this.access.requireStaffOf(staff, unitId);
		Survey survey = survey(unitId, surveyId, staff);
		if (survey.access() != Survey.Access.RECEIPT) {
			throw new SurveyRuleException("count", "survey.rule.notReceipt");
		}
		if (count < 1 || count > 1000) {
			throw new SurveyRuleException("count", "survey.rule.codeCount");
		}
		List<String> codes = new ArrayList<>();
		OffsetDateTime now = OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		while (codes.size() < count) {
			String code = receiptCode();
			int added = this.jdbc.sql("""
					insert into survey_receipt_code (survey_id, code, created_at) values (:survey, :code, :now)
					on conflict do nothing""").param("survey", surveyId).param("code", code).param("now", now).update();
			if (added == 1) {
				codes.add(code);
			}
		}
		this.audit
			.record(AuditRecord.of(staff, "SURVEY_CODES_ISSUED", "Survey", surveyId, unitId, String.valueOf(count)));
		return codes;
	}

	/** A token for the counter's QR code, working for the given while. */
	@Transactional(readOnly = true)
	public String counterToken(long unitId, long surveyId, Duration lifetime, Actor staff) {
		this.access.requireStaffOf(staff, unitId);
		Survey survey = survey(unitId, surveyId, staff);
		return SurveyTokens.counter(survey.id(), this.store.counterKey(survey.id()),
				this.clock.instant().plus(lifetime));
	}

	/** The moment a counter token made now stops working. */
	public Instant expiryOf(Duration lifetime) {
		return this.clock.instant().plus(lifetime);
	}

	Survey survey(long unitId, long surveyId, Actor reader) {
		this.access.requireStaffOrReviewerOf(reader, unitId);
		return this.store.byId(surveyId)
			.filter((survey) -> survey.workUnitId() == unitId)
			.orElseThrow(() -> new NotFoundException("survey.notFound", surveyId));
	}

	private static String receiptCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
		}
		return code.toString();
	}

}
