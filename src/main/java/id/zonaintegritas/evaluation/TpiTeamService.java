package id.zonaintegritas.evaluation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.zonaintegritas.account.AccessGuard;
import id.zonaintegritas.audit.AuditRecord;
import id.zonaintegritas.audit.AuditTrail;
import id.zonaintegritas.institution.InstitutionService;
import id.zonaintegritas.institution.WorkUnitSummary;
import id.zonaintegritas.period.PeriodService;
import id.zonaintegritas.shared.Actor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The TPI teams: the inspektorat puts its reviewers on the units of its institution for a
 * period, each as an evaluator or the lead. A team has at least one of each; nobody is
 * both, nobody is staff of the unit, and only reviewers of the unit's institution take
 * part.
 */
@Service
public class TpiTeamService {

	private final JdbcClient jdbc;

	private final InstitutionService institutions;

	private final AccessGuard access;

	private final PeriodService periods;

	private final AuditTrail audit;

	private final Clock clock;

	TpiTeamService(JdbcClient jdbc, InstitutionService institutions, AccessGuard access, PeriodService periods,
			AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.institutions = institutions;
		this.access = access;
		this.periods = periods;
		this.audit = audit;
		this.clock = clock;
	}

	/** A unit's team in a period, for a reviewer of its institution. */
	@Transactional(readOnly = true)
	public TpiTeam team(long unitId, int year, Actor reviewer) {
		this.access.requireReviewerOf(reviewer, unitId);
		return teamOf(unitId, year);
	}

	/** A unit's team in a period, for a caller that has checked access. */
	@Transactional(readOnly = true)
	TpiTeam teamOf(long unitId, int year) {
		return new TpiTeam(this.institutions.workUnit(unitId), year,
				members(List.of(unitId), year).getOrDefault(unitId, List.of()));
	}

	/**
	 * The teams of every unit of the reviewer's institutions in a period, by unit name.
	 */
	@Transactional(readOnly = true)
	public List<TpiTeam> teamsOf(Actor reviewer, int year) {
		List<WorkUnitSummary> units = this.access.reviewedInstitutionsOf(reviewer.username())
			.stream()
			.flatMap((institution) -> this.institutions.workUnitsOf(institution).stream())
			.sorted(Comparator.comparing(WorkUnitSummary::name))
			.toList();
		Map<Long, List<TpiTeam.Member>> members = members(units.stream().map(WorkUnitSummary::id).toList(), year);
		return units.stream()
			.map((unit) -> new TpiTeam(unit, year, members.getOrDefault(unit.id(), List.of())))
			.toList();
	}

	/** The reviewers of a unit's institution, who can be put on its team. */
	@Transactional(readOnly = true)
	public List<TpiTeam.Reviewer> reviewersFor(long unitId, Actor reviewer) {
		this.access.requireReviewerOf(reviewer, unitId);
		return this.jdbc.sql("""
				select distinct r.username, r.display_name from reviewer_scope r
				join unit_register u on u.institution_id = r.institution_id
				where u.id = :unit order by r.display_name, r.username
				""")
			.param("unit", unitId)
			.query((rs, row) -> new TpiTeam.Reviewer(rs.getString("username"), rs.getString("display_name")))
			.list();
	}

	/**
	 * Sets a unit's team for a period, replacing the one before.
	 * @param roles each member's role, by username
	 */
	@Transactional
	public TpiTeam assign(long unitId, int year, Map<String, TpiRole> roles, Actor reviewer) {
		this.access.requireReviewerOf(reviewer, unitId);
		this.periods.requireSet(year);
		if (!roles.containsValue(TpiRole.EVALUATOR)) {
			throw new TpiTeamException("tpi.team.evaluatorMissing");
		}
		if (!roles.containsValue(TpiRole.LEAD)) {
			throw new TpiTeamException("tpi.team.leadMissing");
		}
		Set<String> reviewers = Set
			.copyOf(reviewersFor(unitId, reviewer).stream().map(TpiTeam.Reviewer::username).toList());
		for (String username : roles.keySet()) {
			if (!reviewers.contains(username)) {
				throw new TpiTeamException("tpi.team.notAReviewer", username);
			}
			if (this.access.isStaffOf(username, unitId)) {
				throw new TpiTeamException("tpi.team.staffOfTheUnit", username);
			}
		}
		this.jdbc.sql("delete from tpi_team_member where work_unit_id = :unit and period_year = :year")
			.param("unit", unitId)
			.param("year", year)
			.update();
		Timestamp now = Timestamp.from(this.clock.instant());
		roles.forEach((username, role) -> this.jdbc.sql("""
				insert into tpi_team_member (work_unit_id, period_year, username, role, assigned_by, assigned_at)
				values (:unit, :year, :username, :role, :by, :at)
				""")
			.param("unit", unitId)
			.param("year", year)
			.param("username", username)
			.param("role", role.name())
			.param("by", reviewer.username())
			.param("at", now)
			.update());
		this.audit.record(AuditRecord.of(reviewer, "TPI_TEAM_ASSIGNED", "WorkUnit", unitId, unitId,
				"TPI " + year + ": " + new LinkedHashMap<>(roles)));
		return team(unitId, year, reviewer);
	}

	private Map<Long, List<TpiTeam.Member>> members(List<Long> unitIds, int year) {
		Map<Long, List<TpiTeam.Member>> members = new LinkedHashMap<>();
		if (unitIds.isEmpty()) {
			return members;
		}
		this.jdbc.sql("""
				select t.work_unit_id, t.username, coalesce(min(r.display_name), t.username) as name, t.role
				from tpi_team_member t
				left join reviewer_scope r on r.username = t.username
				where t.period_year = :year and t.work_unit_id in (:units)
				group by t.work_unit_id, t.username, t.role
				order by t.work_unit_id, t.role desc, name
				""")
			.param("year", year)
			.param("units", unitIds)
			.query((rs, row) -> Map.entry(rs.getLong("work_unit_id"),
					new TpiTeam.Member(rs.getString("username"), rs.getString("name"),
							TpiRole.valueOf(rs.getString("role")))))
			.list()
			.forEach((entry) -> members.computeIfAbsent(entry.getKey(), (unit) -> new java.util.ArrayList<>())
				.add(entry.getValue()));
		return members;
	}

}
