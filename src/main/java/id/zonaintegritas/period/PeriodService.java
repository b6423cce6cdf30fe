package id.zonaintegritas.period;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import id.zonaintegritas.audit.AuditRecord;
import id.zonaintegritas.audit.AuditTrail;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.AdministratorCheck;
import id.zonaintegritas.shared.ConflictException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme's yearly periods: a national administrator sets each year's windows;
 * everyone reads where the period stands; actions ask whether their window is open.
 */
@Service
public class PeriodService {

	private static final String PERIOD = """
			select year, self_assessment_opens, self_assessment_closes, tpi_evaluation_opens, tpi_evaluation_closes,
			       proposal_opens, proposal_closes, tpn_evaluation_opens, tpn_evaluation_closes, designation_on,
			       objection_days, updated_by, updated_at, version
			from programme_period
			""";

	private final JdbcClient jdbc;

	private final AdministratorCheck administrators;

	private final AuditTrail audit;

	private final Clock clock;

	PeriodService(JdbcClient jdbc, AdministratorCheck administrators, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.administrators = administrators;
		this.audit = audit;
		this.clock = clock;
	}

	/** Today, in Jakarta. */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * Every period, newest first. This and the reads below are single statements: they
	 * join a caller's transaction and need none of their own (every page reads the
	 * current period for its banner).
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public List<ProgrammePeriod> all() {
		return this.jdbc.sql(PERIOD + " order by year desc").query(PeriodService::period).list();
	}

	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Optional<ProgrammePeriod> of(int year) {
		return this.jdbc.sql(PERIOD + " where year = :year")
			.param("year", year)
			.query(PeriodService::period)
			.optional();
	}

	/** This year's period, if it is set. */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public Optional<ProgrammePeriod> current() {
		return of(today().getYear());
	}

	/** Refuses unless the year's period is set. */
	public void requireSet(int year) {
		if (of(year).isEmpty()) {
			throw new PeriodClosedException("period.closed.notSet", String.valueOf(year));
		}
	}

	/**
	 * Refuses unless today is inside the window of the year's period: the message says
	 * when it opens, or when it closed, or that the period is not set yet.
	 */
	public void requireOpen(int year, Stage stage) {
		ProgrammePeriod period = of(year)
			.orElseThrow(() -> new PeriodClosedException("period.closed.notSet", String.valueOf(year)));
		Window window = stage.window.apply(period);
		LocalDate today = today();
		switch (window.stateOn(today)) {
			case UPCOMING -> throw new PeriodClosedException("period.closed.notYet." + stage.name(),
					String.valueOf(year), day(window.opens()), day(window.closes()));
			case CLOSED -> throw new PeriodClosedException("period.closed.over." + stage.name(), String.valueOf(year),
					day(window.opens()), day(window.closes()));
			case OPEN -> {
			}
		}
	}

	/** A day for a message's {@code {n,date,long}}, formatted in the JVM's zone. */
	private static Date day(LocalDate day) {
		return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
	}

	/**
	 * Sets a year's period, new or changed, all at once.
	 * @param expectedVersion the version the administrator read, or {@code null} for a
	 * new period
	 * @throws PeriodRejectedException with every problem of the dates
	 */
	@Transactional
	public ProgrammePeriod save(PeriodDraft draft, Long expectedVersion, Actor admin) {
		this.administrators.requireAdministrator(admin);
		List<PeriodDraft.Problem> problems = draft.problems();
		if (!problems.isEmpty()) {
			throw new PeriodRejectedException(problems);
		}
		int changed;
		if (expectedVersion == null) {
			changed = this.jdbc
				.sql("""
						insert into programme_period (year, self_assessment_opens, self_assessment_closes,
						    tpi_evaluation_opens, tpi_evaluation_closes, proposal_opens, proposal_closes,
						    tpn_evaluation_opens, tpn_evaluation_closes, designation_on, objection_days, updated_by, updated_at)
						values (:year, :saOpens, :saCloses, :tpiOpens, :tpiCloses, :proposalOpens, :proposalCloses,
						    :tpnOpens, :tpnCloses, :designationOn, :objectionDays, :by, :at)
						on conflict (year) do nothing
						""")
				.params(params(draft, admin))
				.update();
			if (changed == 0) {
				throw new ConflictException("period.exists", String.valueOf(draft.year()));
			}
		}
		else {
			changed = this.jdbc
				.sql("""
						update programme_period set self_assessment_opens = :saOpens, self_assessment_closes = :saCloses,
						    tpi_evaluation_opens = :tpiOpens, tpi_evaluation_closes = :tpiCloses,
						    proposal_opens = :proposalOpens, proposal_closes = :proposalCloses,
						    tpn_evaluation_opens = :tpnOpens, tpn_evaluation_closes = :tpnCloses,
						    designation_on = :designationOn, objection_days = :objectionDays, updated_by = :by, updated_at = :at, version = version + 1
						where year = :year and version = :version
						""")
				.params(params(draft, admin))
				.param("version", expectedVersion)
				.update();
			if (changed == 0) {
				throw new ConflictException("period.changedMeanwhile", String.valueOf(draft.year()));
			}
		}
		this.audit.record(AuditRecord.of(admin, (expectedVersion == null) ? "PERIOD_CREATED" : "PERIOD_CHANGED",
				"ProgrammePeriod", draft.year(), null, draft.toString()));
		return of(draft.year()).orElseThrow();
	}

	private Map<String, Object> params(PeriodDraft draft, Actor admin) {
		Map<String, Object> params = new HashMap<>();
		params.put("year", draft.year());
		params.put("saOpens", draft.selfAssessmentOpens());
		params.put("saCloses", draft.selfAssessmentCloses());
		params.put("tpiOpens", draft.tpiEvaluationOpens());
		params.put("tpiCloses", draft.tpiEvaluationCloses());
		params.put("proposalOpens", draft.proposalOpens());
		params.put("proposalCloses", draft.proposalCloses());
		params.put("tpnOpens", draft.tpnEvaluationOpens());
		params.put("tpnCloses", draft.tpnEvaluationCloses());
		params.put("designationOn", draft.designationOn());
		params.put("objectionDays", draft.objectionDays());
		params.put("by", admin.username());
		params.put("at", Timestamp.from(this.clock.instant()));
		return params;
	}

	private static ProgrammePeriod period(ResultSet rs, int row) throws SQLException {
		return new ProgrammePeriod(rs.getInt("year"), window(rs, "self_assessment"), window(rs, "tpi_evaluation"),
				window(rs, "proposal"), window(rs, "tpn_evaluation"), rs.getObject("designation_on", LocalDate.class),
				rs.getInt("objection_days"), rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant(),
				rs.getLong("version"));
	}

	private static Window window(ResultSet rs, String name) throws SQLException {
		return new Window(rs.getObject(name + "_opens", LocalDate.class),
				rs.getObject(name + "_closes", LocalDate.class));
	}

	/** The stages of a period that have a window. */
	public enum Stage {

		SELF_ASSESSMENT(ProgrammePeriod::selfAssessment), TPI_EVALUATION(ProgrammePeriod::tpiEvaluation),
		PROPOSAL(ProgrammePeriod::proposal), TPN_EVALUATION(ProgrammePeriod::tpnEvaluation);

		private final Function<ProgrammePeriod, Window> window;

		Stage(Function<ProgrammePeriod, Window> window) {
			this.window = window;
		}

		public Window of(ProgrammePeriod period) {
			return this.window.apply(period);
		}

	}

}
