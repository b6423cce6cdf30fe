package id.zonaintegritas.workflow;

import id.zonaintegritas.account.AccessGuard;
import id.zonaintegritas.document.DocumentService;
import id.zonaintegritas.institution.InstitutionService;
import id.zonaintegritas.shared.Actor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The read behind a unit's stage request page, for its staff. */
@Service
@Transactional(readOnly = true)
public class StageRequestPage {

	private final AccessGuard access;

	private final InstitutionService institutions;

	private final WorkflowService workflow;

	private final DocumentService documents;

	StageRequestPage(AccessGuard access, InstitutionService institutions, WorkflowService workflow,
			DocumentService documents) {
		this.access = access;
		this.institutions = institutions;
		this.workflow = workflow;
		this.documents = documents;
	}

	public StageRequestPageView of(long unitId, Actor staff) {
		this.access.requireStaffOf(staff, unitId);
		WorkflowService.Progress progress = this.workflow.progress(unitId);
		return new StageRequestPageView(this.institutions.workUnit(unitId), progress.programme(), progress.obstacles(),
				this.documents.ofWorkUnitForStaff(unitId, staff));
	}

}
