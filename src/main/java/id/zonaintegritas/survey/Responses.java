package id.zonaintegritas.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import id.zonaintegritas.assessment.SelfAssessmentService;
import id.zonaintegritas.institution.InstitutionService;
import id.zonaintegritas.institution.WorkUnitSummary;
import id.zonaintegritas.shared.NotFoundException;
import id.zonaintegritas.shared.ProgrammeDates;
import id.zonaintegritas.shared.PublicAddress;
import id.zonaintegritas.shared.Text;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public answering a survey. One response per visit: the form carries a signed visit
 * token that a response uses once, and the visit proves itself with a receipt's one-time
 * code or the counter's short-lived token, as the unit chose. At most
 * {@value #PER_ADDRESS_PER_HOUR} responses an hour (by default) come from one address
 * (kept only as a keyed hash); a response identical to one from the same address in the
 * last day, or sent within {@value #FASTEST_SECONDS} seconds of its form, is kept but
 * flagged and not counted. Each counted response moves the index, and the unit's LKE
 * answer with it, in its own transaction.
 */
@Service
public class Responses {

	static final int PER_ADDRESS_PER_HOUR = 30;

	private final int perAddressPerHour;

	static final int FASTEST_SECONDS = 10;

	static final Set<String> AGE_BANDS = Set.of("U20", "20_29", "30_39", "40_49", "50_59", "60P");

	static final Set<String> SEXES = Set.of("L", "P");

	static final Set<String> EDUCATIONS = Set.of("SD", "SMP", "SMA", "D3", "S1", "S2P");

	private final JdbcClient jdbc;

	private final SurveyStore store;

	private final Questionnaires questionnaires;

	private final SurveyResults results;

	private final InstitutionService institutions;

	private final SelfAssessmentService assessments;

	private final PublicAddress address;

	private final Clock clock;

	Responses(JdbcClient jdbc, SurveyStore store, Questionnaires questionnaires, SurveyResults results,
			InstitutionService institutions, SelfAssessmentService assessments, PublicAddress address, Clock clock,
			@Value("${portal.survey.responses-per-address-per-hour:" + PER_ADDRESS_PER_HOUR
					+ "}") int perAddressPerHour) {
		this.perAddressPerHour = perAddressPerHour;
		this.jdbc = jdbc;
		this.store = store;
		this.questionnaires = questionnaires;
		this.results = results;
		this.institutions = institutions;
		this.assessments = assessments;
		this.address = address;
		this.clock = clock;
	}

	/**
	 * A survey's form as a visitor sees it.
	 *
	 * @param survey the survey
	 * @param unit its unit
	 * @param questionnaire the questionnaire in force
	 * @param visitToken this visit's token
	 * @param counterToken the counter's token the visitor came with, if it works
	 */
	public record Form(Survey survey, WorkUnitSummary unit, Questionnaire questionnaire, String visitToken,
			String counterToken) {

		/**
		 * Whether the visit can answer: a receipt survey always, a counter one with a
		 * token.
		 */
		public boolean open() {
			return this.survey.access() == Survey.Access.RECEIPT || this.counterToken != null;
		}

	}

	/**
	 * What a respondent sees after answering.
	 *
	 * @param form the survey
	 * @param counted whether the response counts (it was not flagged)
	 * @param index the index now
	 */
	public record Submitted(Form form, boolean counted, SurveyIndex index) {
	}

	@Transactional(readOnly = true)
	public Form form(String publicCode, String counterToken) {
		Survey survey = this.store.byCode(publicCode)
			.orElseThrow(() -> new NotFoundException("survey.notFound", publicCode));
		String key = this.store.counterKey(survey.id());
		Instant now = this.clock.instant();
		String counter = (counterToken != null && SurveyTokens.counterValid(counterToken, survey.id(), key, now))
				? counterToken : null;
		return new Form(survey, this.institutions.workUnit(survey.workUnitId()),
				this.questionnaires.inForce(survey.kind()), SurveyTokens.visit(survey.id(), key, now), counter);
	}

	/**
	 * Records a response; every problem of the form is reported at once and nothing is
	 * stored.
	 * @param remoteAddress the respondent's address, hashed before it is kept
	 */
	@Transactional
	public Submitted submit(String publicCode, ResponseInput input, String remoteAddress) {
		Survey survey = this.store.byCode(publicCode)
			.orElseThrow(() -> new NotFoundException("survey.notFound", publicCode));
		String key = this.store.counterKey(survey.id());
		Instant now = this.clock.instant();
		Questionnaire questionnaire = this.questionnaires.inForce(survey.kind());
		List<SurveyRuleException> problems = new ArrayList<>();
		SurveyTokens.Visit visit = SurveyTokens.readVisit(input.visitToken(), survey.id(), key, now).orElse(null);
		if (visit == null) {
			problems.add(new SurveyRuleException(null, "survey.rule.visitExpired"));
		}
		String receiptCode = Text.cleanLine(input.receiptCode());
		if (survey.access() == Survey.Access.RECEIPT && receiptCode == null) {
			problems.add(new SurveyRuleException("receiptCode", "survey.rule.receiptCodeRequired"));
		}
		if (survey.access() == Survey.Access.COUNTER
				&& !SurveyTokens.counterValid(input.counterToken(), survey.id(), key, now)) {
			problems.add(new SurveyRuleException(null, "survey.rule.counterExpired"));
		}
		short[] answers = new short[questionnaire.items().size()];
		for (Questionnaire.Item item : questionnaire.items()) {
			String given = input.answers().get(item.position());
			if (given == null || !given.matches("[1-4]")) {
				problems.add(new SurveyRuleException("answers[" + item.position() + "]", "survey.rule.answerRequired",
						item.position()));
			}
			else {
				answers[item.position() - 1] = Short.parseShort(given);
			}
		}
		String service = Text.cleanLine(input.service());
		if (service != null && service.length() > 100) {
			problems.add(new SurveyRuleException("service", "survey.rule.serviceTooLong", 100));
		}
		String ageBand = known(input.ageBand(), AGE_BANDS, "ageBand", problems);
		String sex = known(input.sex(), SEXES, "sex", problems);
		String education = known(input.education(), EDUCATIONS, "education", problems);
		SurveyRuleException.throwIfAny(problems);

		String addressHash = SurveyTokens.addressHash(remoteAddress, key);
		OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
		if (addressHash != null && this.jdbc.sql("""
				select count(*) from survey_response
				where survey_id = :survey and address_hash = :hash and submitted_at > :since""")
			.param("survey", survey.id())
			.param("hash", addressHash)
			.param("since", at.minusHours(1))
			.query(Integer.class)
			.single() >= this.perAddressPerHour) {
			throw new SurveyThrottledException();
		}
		if (survey.access() == Survey.Access.RECEIPT && this.jdbc.sql("""
				update survey_receipt_code set used_at = :now
				where survey_id = :survey and code = upper(:code) and used_at is null""")
			.param("now", at)
			.param("survey", survey.id())
			.param("code", receiptCode)
			.update() != 1) {
			throw new SurveyRuleException("receiptCode", "survey.rule.receiptCodeUnknown");
		}
		String flag = null;
		if (addressHash != null && Boolean.TRUE.equals(this.jdbc.sql("""
				select exists (select 1 from survey_response
				               where survey_id = :survey and address_hash = :hash and submitted_at > :since
				               and answers = :answers::smallint[])""")
			.param("survey", survey.id())
			.param("hash", addressHash)
			.param("since", at.minusDays(1))
			.param("answers", arrayText(answers))
			.query(Boolean.class)
			.single())) {
			flag = "DUPLICATE";
		}
		else if (Duration.between(visit.issuedAt(), now).getSeconds() < FASTEST_SECONDS) {
			flag = "TOO_FAST";
		}
		boolean stored = this.jdbc.sql("""
				insert into survey_response (survey_id, version_id, submitted_at, quarter, answers, mean, service,
				                             age_band, sex, education, source, visit_id, address_hash, flag)
				values (:survey, :version, :at, :quarter, :answers::smallint[], :mean, :service, :age, :sex,
				        :education, 'PORTAL', :visit, :hash, :flag)
				on conflict (visit_id) do nothing returning id""")
			.param("survey", survey.id())
			.param("version", questionnaire.id())
			.param("at", at)
			.param("quarter", quarterOf(now))
			.param("answers", arrayText(answers))
			.param("mean", mean(answers))
			.param("service", service)
			.param("age", ageBand)
			.param("sex", sex)
			.param("education", education)
			.param("visit", visit.id())
			.param("hash", addressHash)
			.param("flag", flag)
			.query(Long.class)
			.optional()
			.isPresent();
		if (!stored) {
			throw new SurveyRuleException(null, "survey.rule.alreadyAnswered");
		}
		Form form = new Form(survey, this.institutions.workUnit(survey.workUnitId()), questionnaire, null, null);
		SurveyIndex index = (flag == null) ? takenIntoTheLke(survey) : this.results.overall(survey.id());
		return new Submitted(form, flag == null, index);
	}

	/**
	 * The survey's index now becomes the unit's LKE answer (a draft self-assessment of
	 * the same period), with the survey as its evidence.
	 */
	SurveyIndex takenIntoTheLke(Survey survey) {
		SurveyIndex index = this.results.overall(survey.id());
		if (index.index() != null) {
			this.assessments.takeSurveyIndex(survey.workUnitId(), survey.year(), survey.kind().part(), index.index(),
					"Survei " + survey.kind() + " portal: " + index.responses() + " responden"
							+ ((index.margin() != null) ? ", margin kesalahan ±" + index.margin() : "") + ". "
							+ this.address.of(survey.path() + "/hasil"));
		}
		return index;
	}

	static int quarterOf(Instant instant) {
		return (instant.atZone(ProgrammeDates.WIB).getMonthValue() - 1) / 3 + 1;
	}

	static BigDecimal mean(short[] answers) {
		int sum = 0;
		for (short answer : answers) {
			sum += answer;
		}
		return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(answers.length), 5, RoundingMode.HALF_UP);
	}

	static String arrayText(short[] answers) {
		StringBuilder text = new StringBuilder("{");
		for (int i = 0; i < answers.length; i++) {
			text.append((i > 0) ? "," : "").append(answers[i]);
		}
		return text.append('}').toString();
	}

	private static String known(String value, Set<String> allowed, String field, List<SurveyRuleException> problems) {
		String given = Text.cleanLine(value);
		if (given != null && !allowed.contains(given)) {
			problems.add(new SurveyRuleException(field, "survey.rule.unknownChoice"));
			return null;
		}
		return given;
	}

}
