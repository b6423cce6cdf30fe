package id.zonaintegritas.workflow.web;

import id.zonaintegritas.account.Inbox;
import id.zonaintegritas.account.InboxService;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.workflow.ReviewQueue;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The reviewers' queue numbers in the navigation of every page: waiting, and new since
 * last seen.
 */
@ControllerAdvice
class WorkspaceNavigation {

	private final ReviewQueue queue;

	private final InboxService inbox;

	WorkspaceNavigation(ReviewQueue queue, InboxService inbox) {
		this.queue = queue;
		this.inbox = inbox;
	}

	@ModelAttribute
	void queueCounts(Model model) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication.getAuthorities()
			.stream()
			.noneMatch((authority) -> "ROLE_REVIEWER".equals(authority.getAuthority()))) {
			return;
		}
		Actor reviewer = Actor.reviewer(authentication.getName());
		model.addAttribute("queueWaiting", this.queue.waiting(reviewer));
		model.addAttribute("queueNew",
				this.queue.arrivedSince(reviewer, this.inbox.seenUntil(authentication.getName(), Inbox.QUEUE)));
	}

}
