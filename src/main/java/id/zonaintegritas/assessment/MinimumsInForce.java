package id.zonaintegritas.assessment;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.zonaintegritas.account.AccessGuard;
import id.zonaintegritas.audit.AuditRecord;
import id.zonaintegritas.audit.AuditTrail;
import id.zonaintegritas.period.PeriodService;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.Predicate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The minimums a unit must meet to be proposed in a period: the applied minimums of its
 * LKE's version, except where the sources disagree and the national administrator set the
 * value in force for that period (without one, the stricter value, as domain.md gives
 * it).
 */
@Service
public class MinimumsInForce {

	private final JdbcClient jdbc;

	private final InstrumentService instruments;

	private final PeriodService periods;

	private final AccessGuard access;

	private final AuditTrail audit;

	private final Clock clock;

	MinimumsInForce(JdbcClient jdbc, InstrumentService instruments, PeriodService periods, AccessGuard access,
			AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.instruments = instruments;
		this.periods = periods;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/** The minimums of a predicate in force in a period, for a version. */
	@Transactional(readOnly = true)
	public List<Minimum> of(int year, LkeVersion version, Predicate predicate) {
		Map<List<String>, BigDecimal> set = setValues(year, version.id());
		return version.appliedMinimums(predicate).stream().map((minimum) -> {
			BigDecimal value = set.get(key(minimum));
			return (value == null) ? minimum : new Minimum(minimum.predicate(), minimum.criterion(), minimum.scope(),
					minimum.unit(), value, minimum.source(), minimum.status(), minimum.note(), true);
		}).toList();
	}

	/**
	 * Every minimum of the version in force where the sources disagree, with the values
	 * they give and the one in force in the period.
	 */
	@Transactional(readOnly = true)
	public List<DisputedMinimum> disputed(int year, long versionId, Actor admin) {
		this.access.requireAdministrator(admin);
		this.periods.requireSet(year);
		LkeVersion version = this.instruments.version(versionId);
		Map<List<String>, BigDecimal> set = setValues(year, versionId);
		Map<List<String>, List<Minimum>> groups = new LinkedHashMap<>();
		version.minimums()
			.stream()
			.filter((minimum) -> version.appliedMinimums(minimum.predicate())
				.stream()
				.anyMatch((applied) -> key(applied).equals(key(minimum))))
			.forEach((minimum) -> groups.computeIfAbsent(key(minimum), (k) -> new ArrayList<>()).add(minimum));
		List<DisputedMinimum> disputed = new ArrayList<>();
		groups.forEach((key, sources) -> {
			if (sources.stream().map((m) -> m.minimum().stripTrailingZeros()).distinct().count() > 1) {
				Minimum applied = sources.stream().filter(Minimum::applied).findFirst().orElseThrow();
				BigDecimal inForce = set.getOrDefault(key, applied.minimum());
				disputed.add(new DisputedMinimum(applied.predicate(), applied.criterion(), applied.scope(),
						applied.unit(), sources.stream().sorted(Comparator.comparing(Minimum::minimum)).toList(),
						inForce, set.containsKey(key)));
			}
		});
		return disputed;
	}

	/**
	 * Sets the value in force of a disputed minimum for a period: one of the values its
	 * sources give.
	 */
	@Transactional
	public void set(int year, long versionId, Predicate predicate, String criterion, String scope, BigDecimal value,
			Actor admin) {
		DisputedMinimum disputed = disputed(year, versionId, admin).stream()
			.filter((d) -> d.predicate() == predicate && d.criterion().equals(criterion) && d.scope().equals(scope))
			.findFirst()
			.orElseThrow(
					() -> new AssessmentRuleException(AssessmentRuleException.Reason.MINIMUM_NOT_DISPUTED, criterion));
		if (value == null
				|| disputed.sources().stream().noneMatch((source) -> source.minimum().compareTo(value) == 0)) {
			throw new AssessmentRuleException(AssessmentRuleException.Reason.MINIMUM_NOT_A_SOURCE_VALUE,
					String.valueOf(value));
		}
		Instant now = this.clock.instant();
		this.jdbc
			.sql("""
					insert into lke_period_minimum (period_year, version_id, predicate, criterion, scope, minimum, set_by, set_at)
					values (:year, :version, :predicate, :criterion, :scope, :minimum, :by, :at)
					on conflict (period_year, version_id, predicate, criterion, scope)
					do update set minimum = excluded.minimum, set_by = excluded.set_by, set_at = excluded.set_at
					""")
			.param("year", year)
			.param("version", versionId)
			.param("predicate", predicate.name())
			.param("criterion", criterion)
			.param("scope", scope)
			.param("minimum", value)
			.param("by", admin.username())
			.param("at", Timestamp.from(now))
			.update();
		this.audit.record(AuditRecord.of(admin, "PERIOD_MINIMUM_SET", "ProgrammePeriod", year, null,
				year + " " + predicate + " " + criterion + " " + scope + ": " + disputed.inForce().toPlainString()
						+ " → " + value.toPlainString()));
	}

	private Map<List<String>, BigDecimal> setValues(int year, long versionId) {
		Map<List<String>, BigDecimal> set = new HashMap<>();
		this.jdbc.sql("""
				select predicate, criterion, scope, minimum from lke_period_minimum
				where period_year = :year and version_id = :version
				""")
			.param("year", year)
			.param("version", versionId)
			.query((rs, row) -> Map.entry(
					List.of(rs.getString("predicate"), rs.getString("criterion"), rs.getString("scope")),
					rs.getBigDecimal("minimum")))
			.list()
			.forEach((entry) -> set.put(entry.getKey(), entry.getValue()));
		return set;
	}

	private static List<String> key(Minimum minimum) {
		return List.of(minimum.predicate().name(), minimum.criterion(), minimum.scope());
	}

	/**
	 * A minimum whose sources disagree.
	 *
	 * @param predicate WBK or WBBM
	 * @param criterion what is measured
	 * @param scope where
	 * @param unit points or percent of weight
	 * @param sources what each source gives, lowest first
	 * @param inForce the value in force in the period
	 * @param setForPeriod whether an administrator set it (otherwise the stricter
	 * applies)
	 */
	public record DisputedMinimum(Predicate predicate, String criterion, String scope, String unit,
			List<Minimum> sources, BigDecimal inForce, boolean setForPeriod) {
	}

}
