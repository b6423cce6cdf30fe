package id.zonaintegritas.mail.web;

import id.zonaintegritas.mail.OutboxAdministration;
import id.zonaintegritas.shared.ActingAs;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ActorRole;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The outbox for administrators: every e-mail with its status, why a delivery failed, and
 * a button to send it again; in development, with no SMTP server, the mailbox itself.
 */
@Controller
class OutboxController {

	private final OutboxAdministration outbox;

	OutboxController(OutboxAdministration outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/admin/surat")
	String outbox(@RequestParam(name = "status", required = false) String status,
			@ActingAs(ActorRole.ADMIN) Actor admin, Model model) {
		model.addAttribute("view", this.outbox.outbox(status, admin));
		return "mail/outbox";
	}

	@PostMapping("/admin/surat/{id}/kirim-ulang")
	String retry(@PathVariable long id, @ActingAs(ActorRole.ADMIN) Actor admin, RedirectAttributes redirect) {
		this.outbox.retry(id, admin);
		redirect.addFlashAttribute("success", "mail.retried");
		return "redirect:/admin/surat";
	}

}
