package id.zonaintegritas.workflow.web;

import java.time.Instant;

import id.zonaintegritas.account.Inbox;
import id.zonaintegritas.account.InboxService;
import id.zonaintegritas.shared.ActingAs;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ActorRole;
import id.zonaintegritas.workflow.StaffDashboard;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where staff land: each of their units, where it stands and what is missing, and the
 * decisions they have not read yet.
 */
@Controller
class StaffDashboardController {

	private final StaffDashboard dashboard;

	private final InboxService inbox;

	StaffDashboardController(StaffDashboard dashboard, InboxService inbox) {
		this.dashboard = dashboard;
		this.inbox = inbox;
	}

	@GetMapping("/staf")
	String dashboard(@ActingAs(ActorRole.AGENCY_STAFF) Actor staff, Model model) {
		model.addAttribute("view", this.dashboard.of(staff));
		return "workflow/staff-dashboard";
	}

	/** The decisions shown, up to the newest of them, are read. */
	@PostMapping("/staf/keputusan/dibaca")
	String markDecisionsRead(@ActingAs(ActorRole.AGENCY_STAFF) Actor staff,
			@RequestParam(name = "sampai", required = false) Instant until, RedirectAttributes redirect) {
		this.inbox.markSeen(staff.username(), Inbox.DECISIONS, until);
		redirect.addFlashAttribute("success", "staff.dashboard.noticesRead");
		return "redirect:/staf";
	}

}
