package id.zonaintegritas.institution;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import id.zonaintegritas.audit.AuditRecord;
import id.zonaintegritas.audit.AuditTrail;
import id.zonaintegritas.institution.InstitutionRuleException.Reason;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.AdministratorCheck;
import id.zonaintegritas.shared.ProgrammeDates;
import id.zonaintegritas.shared.Text;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit's moves between institutions. It keeps everything it did: its declaration,
 * requests, designations and evidence stay its own; its public page says under which
 * institution each happened. From the day of the move the new institution's reviewers and
 * head are its reviewers and head; it leaves its parent, which stays behind.
 */
@Service
public class WorkUnitMoves {

	private final JdbcClient jdbc;

	private final InstitutionService reads;

	private final AuditTrail audit;

	private final AdministratorCheck administrators;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	WorkUnitMoves(JdbcClient jdbc, InstitutionService reads, AuditTrail audit, AdministratorCheck administrators,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.reads = reads;
		this.audit = audit;
		this.administrators = administrators;
		this.events = events;
		this.clock = clock;
	}

	/** A unit's moves, oldest first. */
	@Transactional(readOnly = true)
	public List<WorkUnitMoveView> movesOf(long unitId) {
		return this.jdbc.sql("""
				select moved_on, from_name, to_name, legal_basis from unit_move_record
				where work_unit_id = :unit order by moved_on, id""")
			.param("unit", unitId)
			.query((rs, row) -> new WorkUnitMoveView(rs.getObject("moved_on", LocalDate.class),
					rs.getString("from_name"), rs.getString("to_name"), rs.getString("legal_basis")))
			.list();
	}

	/**
	 * What the move would do, or every problem with it at once; nothing changes.
	 * @throws InstitutionRuleException with every problem found
	 */
	@Transactional(readOnly = true)
	public MovePreview check(long unitId, MoveDetails details, Actor admin) {
		this.administrators.requireAdministrator(admin);
		WorkUnitSummary unit = this.reads.workUnit(unitId);
		Target target = target(details);
		InstitutionRuleException.throwIfAny(problems(unit, details, target));
		return new MovePreview(unit, target.name(), target.code(), details.movedOn(), clean(details.legalBasis()));
	}

	/**
	 * Moves the unit, if it is still as the administrator saw it.
	 * @throws InstitutionRuleException with every problem found
	 */
	@Transactional
	public MovePreview move(long unitId, long expectedVersion, MoveDetails details, Actor admin) {
		this.administrators.requireAdministrator(admin);
		Text.requireAtMost(details.legalBasis(), MoveDetails.LEGAL_BASIS_LENGTH, "workUnit.move.legalBasis");
		WorkUnitSummary unit = this.reads.workUnit(unitId);
		Target target = target(details);
		InstitutionRuleException.throwIfAny(problems(unit, details, target));
		int moved = this.jdbc.sql("""
				update work_unit set institution_id = :to, parent_id = null, version = version + 1
				where id = :unit and version = :version""")
			.param("to", target.id())
			.param("unit", unitId)
			.param("version", expectedVersion)
			.update();
		if (moved == 0) {
			throw new ObjectOptimisticLockingFailureException(WorkUnit.class, unitId);
		}
		String legalBasis = clean(details.legalBasis());
		this.jdbc.sql("""
				insert into work_unit_move (work_unit_id, from_institution_id, to_institution_id, moved_on, legal_basis,
				                            recorded_by)
				values (:unit, :from, :to, :on, :basis, :by)""")
			.param("unit", unitId)
			.param("from", unit.institutionId())
			.param("to", target.id())
			.param("on", details.movedOn())
			.param("basis", legalBasis)
			.param("by", admin.username())
			.update();
		this.audit.record(AuditRecord.worded(admin, "WORK_UNIT_MOVED", "WorkUnit", unitId, unitId, unit.name(),
				unit.institutionName(), target.name(), details.movedOn()));
		this.events.publishEvent(new WorkUnitMoved(unitId, unit.institutionId(), target.id(), details.movedOn()));
		return new MovePreview(unit, target.name(), target.code(), details.movedOn(), legalBasis);
	}

	private List<InstitutionRuleException> problems(WorkUnitSummary unit, MoveDetails details, Target target) {
		List<InstitutionRuleException> problems = new ArrayList<>();
		String code = clean(details.institutionCode());
		if (code == null) {
			problems.add(new InstitutionRuleException(Reason.MOVE_INSTITUTION_REQUIRED));
		}
		else if (target == null) {
			problems.add(new InstitutionRuleException(Reason.MOVE_INSTITUTION_UNKNOWN, code));
		}
		else if (target != null && target.id() == unit.institutionId()) {
			problems.add(new InstitutionRuleException(Reason.MOVE_SAME_INSTITUTION, unit.institutionName()));
		}
		else if (target != null && this.jdbc
			.sql("select count(*) from work_unit where institution_id = :to and lower(name) = lower(:name)")
			.param("to", target.id())
			.param("name", unit.name())
			.query(Integer.class)
			.single() > 0) {
			problems.add(new InstitutionRuleException(Reason.MOVE_NAME_TAKEN, target.name(), unit.name()));
		}
		int below = this.jdbc.sql("select count(*) from work_unit where parent_id = :unit")
			.param("unit", unit.id())
			.query(Integer.class)
			.single();
		if (below > 0) {
			problems.add(new InstitutionRuleException(Reason.MOVE_HAS_UNITS_BELOW, below));
		}
		if (details.movedOn() == null) {
			problems.add(new InstitutionRuleException(Reason.MOVE_DATE_REQUIRED));
		}
		else {
			if (details.movedOn().isAfter(LocalDate.now(this.clock.withZone(ProgrammeDates.WIB)))) {
				problems.add(new InstitutionRuleException(Reason.MOVE_DATE_IN_FUTURE));
			}
			lastMove(unit.id()).filter((last) -> !details.movedOn().isAfter(last))
				.ifPresent((last) -> problems.add(new InstitutionRuleException(Reason.MOVE_DATE_BEFORE_LAST, last)));
		}
		return problems;
	}

	private Optional<LocalDate> lastMove(long unitId) {
		return this.jdbc.sql("select max(moved_on) from work_unit_move where work_unit_id = :unit")
			.param("unit", unitId)
			.query((rs, row) -> rs.getObject(1, LocalDate.class))
			.optional();
	}

	private Target target(MoveDetails details) {
		String code = clean(details.institutionCode());
		if (code == null) {
			return null;
		}
		return this.jdbc.sql("select id, code, name from institution where upper(code) = :code")
			.param("code", code.toUpperCase(Locale.ROOT))
			.query((rs, row) -> new Target(rs.getLong("id"), rs.getString("code"), rs.getString("name")))
			.optional()
			.orElse(null);
	}

	private static String clean(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private record Target(long id, String code, String name) {
	}

}
