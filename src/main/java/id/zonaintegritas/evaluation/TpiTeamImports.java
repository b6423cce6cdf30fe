package id.zonaintegritas.evaluation;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import id.zonaintegritas.account.AccessGuard;
import id.zonaintegritas.audit.AuditRecord;
import id.zonaintegritas.audit.AuditTrail;
import id.zonaintegritas.institution.InstitutionService;
import id.zonaintegritas.period.PeriodService;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.Administration;
import id.zonaintegritas.shared.AdministratorCheck;
import id.zonaintegritas.shared.ImportProblem;
import id.zonaintegritas.shared.ImportRefusedException;
import id.zonaintegritas.shared.ImportRow;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * TPI teams in bulk, for an administrator onboarding many units: one row per member,
 * grouped into a team per unit and period; each team replaces the one before, by the
 * rules of the inspektorat's team page (an evaluator and a lead, reviewers of the unit's
 * instansi, none of its staff, one role each). All or nothing; an institution's
 * administrator sets the teams of its own institutions' units only.
 */
@Service
public class TpiTeamImports {

	/** The most rows one import takes. */
	public static final int MAX_ROWS = 20_000;

	private final JdbcClient jdbc;

	private final InstitutionService institutions;

	private final AccessGuard access;

	private final PeriodService periods;

	private final AuditTrail audit;

	private final AdministratorCheck administrators;

	private final Clock clock;

	TpiTeamImports(JdbcClient jdbc, InstitutionService institutions, AccessGuard access, PeriodService periods,
			AuditTrail audit, AdministratorCheck administrators, Clock clock) {
		this.jdbc = jdbc;
		this.institutions = institutions;
		this.access = access;
		this.periods = periods;
		this.audit = audit;
		this.administrators = administrators;
		this.clock = clock;
	}

	/**
	 * A member as a row of the import says it.
	 *
	 * @param unitSlug the unit's public address
	 * @param year the period, as written
	 * @param username the reviewer's login name
	 * @param role {@code KETUA} (or {@code LEAD}) or {@code EVALUATOR} (or
	 * {@code ANGGOTA})
	 */
	public record MemberRow(String unitSlug, String year, String username, String role) {
	}

	/** Every problem of these rows, without writing anything. */
	@Transactional(readOnly = true)
	public List<ImportProblem> check(List<ImportRow<MemberRow>> rows, Actor admin) {
		return new Reading(rows, this.administrators.administrationOf(admin)).problems;
	}

	/**
	 * Sets every team of the file, or none.
	 * @return how many teams were set
	 * @throws ImportRefusedException with every problem of every row
	 */
	@Transactional
	public int importTeams(List<ImportRow<MemberRow>> rows, Actor admin) {
		Reading reading = new Reading(rows, this.administrators.administrationOf(admin));
		ImportRefusedException.throwIfAny(reading.problems);
		Timestamp now = Timestamp.from(this.clock.instant());
		reading.teams.forEach((team, members) -> {
			this.jdbc.sql("delete from tpi_team_member where work_unit_id = :unit and period_year = :year")
				.param("unit", team.unitId())
				.param("year", team.year())
				.update();
			members.forEach((username, role) -> this.jdbc.sql("""
					insert into tpi_team_member (work_unit_id, period_year, username, role, assigned_by, assigned_at)
					values (:unit, :year, :username, :role, :by, :at)
					""")
				.param("unit", team.unitId())
				.param("year", team.year())
				.param("username", username)
				.param("role", role.name())
				.param("by", admin.username())
				.param("at", now)
				.update());
			this.audit.record(AuditRecord.of(admin, "TPI_TEAM_ASSIGNED", "WorkUnit", team.unitId(), team.unitId(),
					"TPI " + team.year() + ": " + members));
		});
		return reading.teams.size();
	}

	private record Team(long unitId, int year) {
	}

	/** The rows read into teams, and every problem found on the way. */
	private final class Reading {

		private final List<ImportProblem> problems = new ArrayList<>();

		private final Map<Team, Map<String, TpiRole>> teams = new LinkedHashMap<>();

		Reading(List<ImportRow<MemberRow>> rows, Administration administration) {
			Set<String> slugs = new HashSet<>();
			rows.forEach((row) -> {
				if (row.value().unitSlug() != null) {
					slugs.add(row.value().unitSlug().strip().toLowerCase(Locale.ROOT));
				}
			});
			Map<String, Long> unitIds = TpiTeamImports.this.institutions.workUnitIdsBySlug(slugs);
			// Each unit's institution, read once for the whole file.
			Map<Long, Long> institutionOf = new HashMap<>();
			TpiTeamImports.this.institutions.workUnits(unitIds.values())
				.forEach((unit) -> institutionOf.put(unit.id(), unit.institutionId()));
			Map<Long, Set<String>> reviewersOfInstitution = new HashMap<>();
			Map<Team, Long> firstLine = new HashMap<>();
			for (ImportRow<MemberRow> numbered : rows) {
				long line = numbered.line();
				MemberRow row = numbered.value();
				Long unitId = null;
				if (row.unitSlug() == null || row.unitSlug().isBlank()) {
					this.problems.add(new ImportProblem(line, "import.required", "unit"));
				}
				else {
					unitId = unitIds.get(row.unitSlug().strip().toLowerCase(Locale.ROOT));
					if (unitId == null) {
						this.problems
							.add(new ImportProblem(line, "workUnit.rule.parentUnknown", row.unitSlug().strip()));
					}
					else if (!administration.covers(institutionOf.get(unitId))) {
						this.problems.add(new ImportProblem(line, "import.notYourUnit", row.unitSlug().strip()));
						unitId = null;
					}
				}
				Integer year = null;
				if (row.year() == null || !row.year().strip().matches("\\d{4}")) {
					this.problems.add(new ImportProblem(line, "import.tpi.yearInvalid",
							(row.year() == null) ? "" : row.year().strip()));
				}
				else if (TpiTeamImports.this.periods.of(Integer.parseInt(row.year().strip())).isEmpty()) {
					this.problems.add(new ImportProblem(line, "import.tpi.periodUnknown", row.year().strip()));
				}
				else {
					year = Integer.parseInt(row.year().strip());
				}
				TpiRole role = role(row.role());
				if (role == null) {
					this.problems.add(new ImportProblem(line, "import.tpi.roleUnknown",
							(row.role() == null) ? "" : row.role().strip()));
				}
				String username = (row.username() == null) ? "" : row.username().strip().toLowerCase(Locale.ROOT);
				if (username.isEmpty()) {
					this.problems.add(new ImportProblem(line, "import.required", "username"));
				}
				else if (unitId != null) {
					long unit = unitId;
					Set<String> reviewers = reviewersOfInstitution.computeIfAbsent(institutionOf.get(unit),
							this::reviewersOf);
					if (!reviewers.contains(username)) {
						this.problems.add(new ImportProblem(line, "tpi.team.notAReviewer", username));
					}
					else if (TpiTeamImports.this.access.isStaffOf(username, unit)) {
						this.problems.add(new ImportProblem(line, "tpi.team.staffOfTheUnit", username));
					}
				}
				if (unitId != null && year != null && role != null && !username.isEmpty()) {
					Team team = new Team(unitId, year);
					firstLine.putIfAbsent(team, line);
					TpiRole before = this.teams.computeIfAbsent(team, (t) -> new LinkedHashMap<>()).put(username, role);
					if (before != null) {
						this.problems.add(new ImportProblem(line, "import.tpi.memberTwice", username));
					}
				}
			}
			this.teams.forEach((team, members) -> {
				if (!members.containsValue(TpiRole.EVALUATOR)) {
					this.problems.add(new ImportProblem(firstLine.get(team), "tpi.team.evaluatorMissing"));
				}
				if (!members.containsValue(TpiRole.LEAD)) {
					this.problems.add(new ImportProblem(firstLine.get(team), "tpi.team.leadMissing"));
				}
			});
		}

		private Set<String> reviewersOf(long institution) {
			return new HashSet<>(TpiTeamImports.this.jdbc
				.sql("select username from reviewer_scope where institution_id = :institution")
				.param("institution", institution)
				.query(String.class)
				.list());
		}

	}

	private static TpiRole role(String text) {
		if (text == null) {
			return null;
		}
		return switch (text.strip().toUpperCase(Locale.ROOT)) {
			case "KETUA", "LEAD", "KETUA TIM" -> TpiRole.LEAD;
			case "EVALUATOR", "ANGGOTA" -> TpiRole.EVALUATOR;
			default -> null;
		};
	}

}
