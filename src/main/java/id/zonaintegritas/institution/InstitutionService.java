package id.zonaintegritas.institution;

import java.util.List;

import id.zonaintegritas.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and maintains institutions and their work units. */
@Service
@Transactional(readOnly = true)
public class InstitutionService {

	private final WorkUnitRepository workUnits;

	InstitutionService(WorkUnitRepository workUnits) {
		this.workUnits = workUnits;
	}

	/** All registered work units, by name. */
	public List<WorkUnitSummary> listWorkUnits() {
		return this.workUnits.findAllSummaries();
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

}
