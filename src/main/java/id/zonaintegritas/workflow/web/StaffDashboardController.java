package id.zonaintegritas.workflow.web;

import id.zonaintegritas.account.AccessGuard;
import id.zonaintegritas.account.Inbox;
import id.zonaintegritas.account.InboxService;
import id.zonaintegritas.institution.InstitutionService;
import id.zonaintegritas.pact.PactService;
import id.zonaintegritas.workflow.DecisionNotices;
import id.zonaintegritas.workflow.WorkflowService;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Where staff land: each of their units, where it stands and what is missing. */
@Controller
class StaffDashboardController {

	private final AccessGuard access;

	private final InstitutionService institutions;

	private final WorkflowService workflow;

	private final PactService pact;

	private final DecisionNotices notices;

	private final InboxService inbox;

	StaffDashboardController(AccessGuard access, InstitutionService institutions, WorkflowService workflow,
			PactService pact, DecisionNotices notices, InboxService inbox) {
		this.notices = notices;
		this.inbox = inbox;
		this.access = access;
		this.institutions = institutions;
		this.workflow = workflow;
		this.pact = pact;
	}

	@GetMapping("/staf")
	String dashboard(@AuthenticationPrincipal UserDetails user, Model model) {
		// New decisions are shown once, then marked as seen.
		model.addAttribute("notices", this.notices.since(this.access.staffUnitsOf(user.getUsername()),
				this.inbox.seenUntil(user.getUsername(), Inbox.DECISIONS)));
		this.inbox.markSeen(user.getUsername(), Inbox.DECISIONS);
		model.addAttribute("units",
				this.institutions.workUnits(this.access.staffUnitsOf(user.getUsername()))
					.stream()
					.map((unit) -> new UnitDashboard(unit, this.workflow.programme(unit.id()),
							this.pact.coverage(unit.id()), this.workflow.obstaclesToNextRequest(unit.id())))
					.toList());
		return "workflow/staff-dashboard";
	}

}
