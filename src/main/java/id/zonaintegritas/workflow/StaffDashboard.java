package id.zonaintegritas.workflow;

import id.zonaintegritas.account.AccessGuard;
import id.zonaintegritas.institution.InstitutionService;
import id.zonaintegritas.pact.PactService;
import id.zonaintegritas.shared.Actor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff's landing page: each of their units, and the decisions they have not read.
 */
@Service
@Transactional(readOnly = true)
public class StaffDashboard {

	private final AccessGuard access;

	private final InstitutionService institutions;

	private final WorkflowService workflow;

	private final PactService pact;

	private final DecisionNotices notices;

	StaffDashboard(AccessGuard access, InstitutionService institutions, WorkflowService workflow, PactService pact,
			DecisionNotices notices) {
		this.access = access;
		this.institutions = institutions;
		this.workflow = workflow;
		this.pact = pact;
		this.notices = notices;
	}

	public StaffDashboardView of(Actor staff) {
		return new StaffDashboardView(this.institutions.workUnits(this.access.staffUnitsOf(staff.username()))
			.stream()
			.map((unit) -> new UnitDashboard(unit, this.workflow.programme(unit.id()), this.pact.coverage(unit.id()),
					this.workflow.obstaclesToNextRequest(unit.id())))
			.toList(), this.notices.unread(staff), this.notices.unreadEvents(staff));
	}

}
