package id.zonaintegritas.institution;

import java.util.Collection;
import java.util.List;

import id.zonaintegritas.shared.NotFoundException;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads institutions, their work units, and the regions they sit in; administrators
 * change them through {@link InstitutionAdministration}.
 */
@Service
@Transactional(readOnly = true)
public class InstitutionService {

	private final WorkUnitRepository workUnits;

	private final InstitutionRepository institutions;

	private final RegionRepository regions;

	InstitutionService(WorkUnitRepository workUnits, InstitutionRepository institutions, RegionRepository regions) {
		this.workUnits = workUnits;
		this.institutions = institutions;
		this.regions = regions;
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

}
