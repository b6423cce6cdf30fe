package id.zonaintegritas.institution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import id.zonaintegritas.audit.AuditRecord;
import id.zonaintegritas.audit.AuditTrail;
import id.zonaintegritas.institution.InstitutionRuleException.Reason;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.Administration;
import id.zonaintegritas.shared.AdministratorCheck;
import id.zonaintegritas.shared.NotFoundException;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Administrators register and change institutions and work units. Every command checks,
 * from the accounts as they are now, that its actor is still an administrator.
 */
@Service
public class InstitutionAdministration {

	private static final Pattern CODE = Pattern.compile("^[A-Z0-9]+(-[A-Z0-9]+)*$");

	private final WorkUnitRepository workUnits;

	private final InstitutionRepository institutions;

	private final RegionRepository regions;

	private final InstitutionService reads;

	private final AuditTrail audit;

	private final AdministratorCheck administrators;

	InstitutionAdministration(WorkUnitRepository workUnits, InstitutionRepository institutions,
			RegionRepository regions, InstitutionService reads, AuditTrail audit, AdministratorCheck administrators) {
		this.workUnits = workUnits;
		this.institutions = institutions;
		this.regions = regions;
		this.reads = reads;
		this.audit = audit;
		this.administrators = administrators;
	}

	@Transactional
	public InstitutionView createInstitution(InstitutionDetails details, Actor admin) {
		requireAdmin(admin);
		Region region = checkInstitution(details, null);
		Institution institution = this.institutions.save(new Institution(details, region));
		this.audit.record(AuditRecord.of(admin, "INSTITUTION_CREATED", "Institution", institution.getId(), null,
				institution.getName()));
		return this.reads.institution(institution.getId());
	}

	@Transactional
	public InstitutionView updateInstitution(long id, long expectedVersion, InstitutionDetails details, Actor admin) {
		requireAdmin(admin);
		Institution institution = this.institutions.findById(id)
			.orElseThrow(() -> new NotFoundException("error.institution.notFound", id));
		requireVersion(institution.getVersion(), expectedVersion, Institution.class, id);
		Region region = checkInstitution(details, id);
		Map<String, Object> before = Map.of("name", institution.getName(), "kind", institution.getKind());
		institution.update(details, region);
		this.audit.record(AuditRecord.of(admin, "INSTITUTION_UPDATED", "Institution", id, null, institution.getName())
			.withChange(before, Map.of("name", institution.getName(), "kind", institution.getKind())));
		return this.reads.institution(id);
	}

	@Transactional
	public WorkUnitSummary createWorkUnit(WorkUnitDetails details, Actor admin) {
		if (details.institutionId() == null) {
			throw new InstitutionRuleException(Reason.INSTITUTION_REQUIRED);
		}
		this.administrators.requireAdministratorOf(admin, details.institutionId());
		Institution institution = this.institutions.findById(details.institutionId())
			.orElseThrow(() -> new NotFoundException("error.institution.notFound", details.institutionId()));
		String slug = (details.slug() == null || details.slug().isBlank()) ? Slugs.fromName(details.name())
				: details.slug().strip();
		Region region = checkWorkUnit(institution.getId(), details, null);
		WorkUnit unit = new WorkUnit(institution, slug, details, region);
		unit.placeUnder(parent(details).map(WorkUnit::getId).orElse(null));
		unit = this.workUnits.save(unit);
		this.audit
			.record(AuditRecord.of(admin, "WORK_UNIT_CREATED", "WorkUnit", unit.getId(), unit.getId(), unit.getName()));
		this.workUnits.flush();
		return this.reads.workUnit(unit.getId());
	}

	@Transactional
	public WorkUnitSummary updateWorkUnit(long id, long expectedVersion, WorkUnitDetails details, Actor admin) {
		WorkUnit unit = this.workUnits.findById(id)
			.orElseThrow(() -> new NotFoundException("error.workUnit.notFound", id));
		this.administrators.requireAdministratorOf(admin, unit.getInstitution().getId());
		requireVersion(unit.getVersion(), expectedVersion, WorkUnit.class, id);
		Region region = checkWorkUnit(unit.getInstitution().getId(), details, id);
		Map<String, Object> before = Map.of("name", unit.getName(), "staffCount", unit.getStaffCount());
		unit.update(details, region);
		unit.placeUnder(parent(details).map(WorkUnit::getId).orElse(null));
		this.audit.record(AuditRecord.of(admin, "WORK_UNIT_UPDATED", "WorkUnit", id, id, unit.getName())
			.withChange(before, Map.of("name", unit.getName(), "staffCount", unit.getStaffCount())));
		// The summary is read over SQL, which Hibernate does not flush for.
		this.workUnits.flush();
		return this.reads.workUnit(id);
	}

	/**
	 * What saving the institution would break, every problem at once, without saving it:
	 * for a form whose own checks failed too.
	 */
	@Transactional(readOnly = true)
	public void checkInstitution(InstitutionDetails details, Long exceptId, Actor admin) {
		requireAdmin(admin);
		InstitutionRuleException.throwIfAny(institutionProblems(details, exceptId));
	}

	/**
	 * What saving the work unit would break, every problem at once, without saving it:
	 * for a form whose own checks failed too.
	 */
	@Transactional(readOnly = true)
	public void checkWorkUnit(WorkUnitDetails details, Long exceptId, Actor admin) {
		if (exceptId != null) {
			this.administrators.requireAdministratorOf(admin, this.reads.workUnit(exceptId).institutionId());
		}
		else if (details.institutionId() != null) {
			this.administrators.requireAdministratorOf(admin, details.institutionId());
		}
		else {
			this.administrators.administrationOf(admin);
		}
		InstitutionRuleException.throwIfAny(workUnitProblems(details, exceptId));
	}

	private Region checkInstitution(InstitutionDetails details, Long exceptId) {
		details.requireLengths();
		InstitutionRuleException.throwIfAny(institutionProblems(details, exceptId));
		return (details.kind() == InstitutionKind.KEMENTERIAN_LEMBAGA) ? null : region(details.regionCode());
	}

	private List<InstitutionRuleException> institutionProblems(InstitutionDetails details, Long exceptId) {
		List<InstitutionRuleException> problems = new ArrayList<>();
		if (StringUtils.hasText(details.code())) {
			String code = details.code().strip().toUpperCase(Locale.ROOT);
			if (!CODE.matcher(code).matches()) {
				problems.add(new InstitutionRuleException(Reason.CODE_INVALID));
			}
			else if (this.institutions.codeTaken(code, exceptId)) {
				problems.add(new InstitutionRuleException(Reason.CODE_TAKEN, code));
			}
		}
		if (StringUtils.hasText(details.name()) && this.institutions.nameTaken(details.name().strip(), exceptId)) {
			problems.add(new InstitutionRuleException(Reason.NAME_TAKEN, details.name().strip()));
		}
		boolean national = details.kind() == InstitutionKind.KEMENTERIAN_LEMBAGA;
		boolean regionGiven = StringUtils.hasText(details.regionCode());
		if (national && regionGiven) {
			problems.add(new InstitutionRuleException(Reason.REGION_NOT_FOR_MINISTRY));
		}
		else if (details.kind() != null && !national && !regionGiven) {
			problems.add(new InstitutionRuleException(Reason.REGION_REQUIRED));
		}
		else if (regionGiven) {
			regionProblem(details.regionCode()).ifPresent(problems::add);
		}
		return problems;
	}

	private Region checkWorkUnit(long institutionId, WorkUnitDetails details, Long exceptId) {
		details.requireLengths();
		InstitutionRuleException.throwIfAny(workUnitProblems(details.withInstitution(institutionId), exceptId));
		return region(details.regionCode());
	}

	private List<InstitutionRuleException> workUnitProblems(WorkUnitDetails details, Long exceptId) {
		List<InstitutionRuleException> problems = new ArrayList<>();
		if (details.institutionId() != null && StringUtils.hasText(details.name())
				&& this.workUnits.nameTakenInInstitution(details.institutionId(), details.name().strip(), exceptId)) {
			problems.add(new InstitutionRuleException(Reason.UNIT_NAME_TAKEN, details.name().strip()));
		}
		if (exceptId == null) {
			String slug = StringUtils.hasText(details.slug()) ? details.slug().strip()
					: StringUtils.hasText(details.name()) ? Slugs.fromName(details.name()) : null;
			if (slug != null && !Slugs.VALID.matcher(slug).matches()) {
				problems.add(new InstitutionRuleException(Reason.SLUG_INVALID));
			}
			else if (slug != null && this.workUnits.existsBySlug(slug)) {
				problems.add(new InstitutionRuleException(Reason.SLUG_TAKEN, slug));
			}
		}
		if (details.staffCount() == null || details.staffCount() < 1 || details.staffCount() > 100_000) {
			problems.add(new InstitutionRuleException(Reason.STAFF_COUNT_INVALID));
		}
		if (!StringUtils.hasText(details.regionCode())) {
			problems.add(new InstitutionRuleException(Reason.REGION_REQUIRED));
		}
		else {
			regionProblem(details.regionCode()).ifPresent(problems::add);
		}
		parentProblem(details, exceptId).ifPresent(problems::add);
		return problems;
	}

	private Optional<WorkUnit> parent(WorkUnitDetails details) {
		return StringUtils.hasText(details.parentSlug()) ? this.workUnits.findBySlug(details.parentSlug().strip())
				: Optional.empty();
	}

	/** The unit above must exist, be of the same instansi and not sit below the unit. */
	private Optional<InstitutionRuleException> parentProblem(WorkUnitDetails details, Long exceptId) {
		if (!StringUtils.hasText(details.parentSlug())) {
			return Optional.empty();
		}
		Optional<WorkUnit> parent = parent(details);
		if (parent.isEmpty()) {
			return Optional.of(new InstitutionRuleException(Reason.PARENT_UNKNOWN, details.parentSlug().strip()));
		}
		if (details.institutionId() != null && !parent.get().getInstitution().getId().equals(details.institutionId())) {
			return Optional
				.of(new InstitutionRuleException(Reason.PARENT_OF_OTHER_INSTITUTION, parent.get().getName()));
		}
		if (exceptId != null && (parent.get().getId().equals(exceptId)
				|| this.workUnits.sitsUnder(parent.get().getId(), exceptId))) {
			return Optional.of(new InstitutionRuleException(Reason.PARENT_BELOW_UNIT, parent.get().getName()));
		}
		return Optional.empty();
	}

	private Optional<InstitutionRuleException> regionProblem(String code) {
		return this.regions.findById(code.strip()).isPresent() ? Optional.empty()
				: Optional.of(new InstitutionRuleException(Reason.REGION_UNKNOWN, code));
	}

	private Region region(String code) {
		return this.regions.findById(code.strip())
			.orElseThrow(() -> new InstitutionRuleException(Reason.REGION_UNKNOWN, code));
	}

	private static void requireVersion(long actual, long expected, Class<?> type, long id) {
		if (actual != expected) {
			throw new ObjectOptimisticLockingFailureException(type, id);
		}
	}

	/**
	 * The work unit as its administrator edits it: refused with a
	 * {@link id.zonaintegritas.shared.ForbiddenException} for an administrator of another
	 * institution.
	 */
	@Transactional(readOnly = true)
	public WorkUnitSummary workUnitFor(long id, Actor admin) {
		WorkUnitSummary unit = this.reads.workUnit(id);
		this.administrators.requireAdministratorOf(admin, unit.institutionId());
		return unit;
	}

	/** The work units the administrator administers, by name. */
	@Transactional(readOnly = true)
	public List<WorkUnitSummary> workUnitsFor(Actor admin) {
		Administration administration = this.administrators.administrationOf(admin);
		List<WorkUnitSummary> all = this.reads.listWorkUnits();
		return administration.national() ? all
				: all.stream().filter((unit) -> administration.covers(unit.institutionId())).toList();
	}

	/** The institutions the administrator administers, by name. */
	@Transactional(readOnly = true)
	public List<InstitutionView> institutionsFor(Actor admin) {
		Administration administration = this.administrators.administrationOf(admin);
		return this.reads.listInstitutions()
			.stream()
			.filter((institution) -> administration.covers(institution.id()))
			.toList();
	}

	private void requireAdmin(Actor actor) {
		this.administrators.requireAdministrator(actor);
	}

}
