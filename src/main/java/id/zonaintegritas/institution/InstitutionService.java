package id.zonaintegritas.institution;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import id.zonaintegritas.audit.AuditRecord;
import id.zonaintegritas.audit.AuditTrail;
import id.zonaintegritas.institution.InstitutionRuleException.Reason;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ActorRole;
import id.zonaintegritas.shared.ForbiddenException;
import id.zonaintegritas.shared.NotFoundException;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and maintains institutions, their work units, and the regions they sit in. */
@Service
@Transactional(readOnly = true)
public class InstitutionService {

	private static final Pattern CODE = Pattern.compile("^[A-Z0-9]+(-[A-Z0-9]+)*$");

	private final WorkUnitRepository workUnits;

	private final InstitutionRepository institutions;

	private final RegionRepository regions;

	private final AuditTrail audit;

	InstitutionService(WorkUnitRepository workUnits, InstitutionRepository institutions, RegionRepository regions,
			AuditTrail audit) {
		this.workUnits = workUnits;
		this.institutions = institutions;
		this.regions = regions;
		this.audit = audit;
	}

	/** All registered work units, by name. */
	public List<WorkUnitSummary> listWorkUnits() {
		return this.workUnits.findAllSummaries();
	}

	public List<WorkUnitSummary> workUnitsOf(long institutionId) {
		return this.workUnits.findSummariesOfInstitution(institutionId);
	}

	public List<WorkUnitSummary> workUnits(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : this.workUnits.findSummariesByIds(ids);
	}

	/** The work unit with this public slug, or a {@link NotFoundException}. */
	public WorkUnitSummary workUnitBySlug(String slug) {
		return this.workUnits.findSummaryBySlug(slug)
			.orElseThrow(() -> new NotFoundException("error.workUnit.notFound", slug));
	}

	/** The work unit with this id, or a {@link NotFoundException}. */
	public WorkUnitSummary workUnit(long id) {
		return this.workUnits.findSummaryById(id)
			.orElseThrow(() -> new NotFoundException("error.workUnit.notFound", id));
	}

	public List<InstitutionView> listInstitutions() {
		return this.institutions.findAllViews();
	}

	public InstitutionView institution(long id) {
		return this.institutions.findView(id)
			.orElseThrow(() -> new NotFoundException("error.institution.notFound", id));
	}

	/** Every region; reference data that only migrations change. */
	@Cacheable("regions")
	public List<RegionView> listRegions() {
		return this.regions.findAllViews();
	}

	/** Every instansi's id and name, by name, for filters. */
	@Cacheable("institutionChoices")
	public List<InstitutionChoice> institutionChoices() {
		return this.institutions.findChoices();
	}

	@Transactional
	@CacheEvict(cacheNames = "institutionChoices", allEntries = true)
	public InstitutionView createInstitution(InstitutionDetails details, Actor admin) {
		requireAdmin(admin);
		Region region = checkInstitution(details, null);
		Institution institution = this.institutions.save(new Institution(details, region));
		this.audit.record(AuditRecord.of(admin, "INSTITUTION_CREATED", "Institution", institution.getId(), null,
				institution.getName()));
		return institution(institution.getId());
	}

	@Transactional
	@CacheEvict(cacheNames = "institutionChoices", allEntries = true)
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
		return institution(id);
	}

	@Transactional
	public WorkUnitSummary createWorkUnit(WorkUnitDetails details, Actor admin) {
		requireAdmin(admin);
		Institution institution = this.institutions.findById(details.institutionId())
			.orElseThrow(() -> new NotFoundException("error.institution.notFound", details.institutionId()));
		String slug = (details.slug() == null || details.slug().isBlank()) ? Slugs.fromName(details.name())
				: details.slug().strip();
		if (!Slugs.VALID.matcher(slug).matches()) {
			throw new InstitutionRuleException(Reason.SLUG_INVALID);
		}
		if (this.workUnits.existsBySlug(slug)) {
			throw new InstitutionRuleException(Reason.SLUG_TAKEN, slug);
		}
		Region region = checkWorkUnit(institution.getId(), details, null);
		WorkUnit unit = this.workUnits.save(new WorkUnit(institution, slug, details, region));
		this.audit
			.record(AuditRecord.of(admin, "WORK_UNIT_CREATED", "WorkUnit", unit.getId(), unit.getId(), unit.getName()));
		return workUnit(unit.getId());
	}

	@Transactional
	public WorkUnitSummary updateWorkUnit(long id, long expectedVersion, WorkUnitDetails details, Actor admin) {
		requireAdmin(admin);
		WorkUnit unit = this.workUnits.findById(id)
			.orElseThrow(() -> new NotFoundException("error.workUnit.notFound", id));
		requireVersion(unit.getVersion(), expectedVersion, WorkUnit.class, id);
		Region region = checkWorkUnit(unit.getInstitution().getId(), details, id);
		Map<String, Object> before = Map.of("name", unit.getName(), "staffCount", unit.getStaffCount());
		unit.update(details, region);
		this.audit.record(AuditRecord.of(admin, "WORK_UNIT_UPDATED", "WorkUnit", id, id, unit.getName())
			.withChange(before, Map.of("name", unit.getName(), "staffCount", unit.getStaffCount())));
		return workUnit(id);
	}

	private Region checkInstitution(InstitutionDetails details, Long exceptId) {
		String code = details.code().strip().toUpperCase(Locale.ROOT);
		if (!CODE.matcher(code).matches()) {
			throw new InstitutionRuleException(Reason.CODE_INVALID);
		}
		if (this.institutions.codeTaken(code, exceptId)) {
			throw new InstitutionRuleException(Reason.CODE_TAKEN, code);
		}
		if (this.institutions.nameTaken(details.name().strip(), exceptId)) {
			throw new InstitutionRuleException(Reason.NAME_TAKEN, details.name().strip());
		}
		boolean national = details.kind() == InstitutionKind.KEMENTERIAN_LEMBAGA;
		boolean regionGiven = details.regionCode() != null && !details.regionCode().isBlank();
		if (national && regionGiven) {
			throw new InstitutionRuleException(Reason.REGION_NOT_FOR_MINISTRY);
		}
		if (!national && !regionGiven) {
			throw new InstitutionRuleException(Reason.REGION_REQUIRED);
		}
		return national ? null : region(details.regionCode());
	}

	private Region checkWorkUnit(long institutionId, WorkUnitDetails details, Long exceptId) {
		if (this.workUnits.nameTakenInInstitution(institutionId, details.name().strip(), exceptId)) {
			throw new InstitutionRuleException(Reason.UNIT_NAME_TAKEN, details.name().strip());
		}
		if (details.staffCount() == null || details.staffCount() < 1 || details.staffCount() > 100_000) {
			throw new InstitutionRuleException(Reason.STAFF_COUNT_INVALID);
		}
		if (details.regionCode() == null || details.regionCode().isBlank()) {
			throw new InstitutionRuleException(Reason.REGION_REQUIRED);
		}
		return region(details.regionCode());
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

	private static void requireAdmin(Actor actor) {
		if (actor.role() != ActorRole.ADMIN && actor.role() != ActorRole.SYSTEM) {
			throw new ForbiddenException("error.forbidden.adminOnly");
		}
	}

}
