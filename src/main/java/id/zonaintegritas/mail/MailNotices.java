package id.zonaintegritas.mail;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import id.zonaintegritas.account.AccountCreated;
import id.zonaintegritas.account.MailRecipients;
import id.zonaintegritas.account.MailTopic;
import id.zonaintegritas.account.Recipient;
import id.zonaintegritas.evaluation.TpiResultSent;
import id.zonaintegritas.institution.InstitutionService;
import id.zonaintegritas.institution.WorkUnitSummary;
import id.zonaintegritas.mail.Outbox.Letter;
import id.zonaintegritas.proposal.TpnDecided;
import id.zonaintegritas.proposal.UnitsProposed;
import id.zonaintegritas.workflow.StageRequestDecided;
import id.zonaintegritas.workflow.StageRequestSubmitted;

import org.springframework.context.event.EventListener;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns each event that waits on someone into e-mails to them, in the transaction that
 * published it: a request to review, a decision, questions returned, an LHE, a proposal,
 * the TPN's outcome, a designation, a revocation, a new account.
 */
@Component
class MailNotices {

	private final Outbox outbox;

	private final MailRecipients recipients;

	private final InstitutionService institutions;

	MailNotices(Outbox outbox, MailRecipients recipients, InstitutionService institutions) {
		this.outbox = outbox;
		this.recipients = recipients;
		this.institutions = institutions;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(StageRequestSubmitted event) {
		WorkUnitSummary unit = this.institutions.workUnit(event.workUnitId());
		Letter letter = Letter.of(MailTopic.REVIEW_REQUESTS,
				event.resubmitted() ? "reviewResubmitted" : "reviewRequested",
				"/inspektorat/pengajuan/" + event.requestId(), unit.name(), stage(event.toStage().name()),
				unit.institutionName());
		this.recipients.reviewersOf(event.workUnitId()).forEach((reviewer) -> this.outbox.write(reviewer, letter));
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(StageRequestDecided event) {
		WorkUnitSummary unit = this.institutions.workUnit(event.workUnitId());
		Letter letter = Letter.of(MailTopic.DECISIONS, "decision." + event.outcome().name(),
				"/staf/unit/" + event.workUnitId() + "/tahap", unit.name(), event.reviewer(),
				(event.reason() != null) ? event.reason() : "");
		this.recipients.staffOf(event.workUnitId()).forEach((staff) -> this.outbox.write(staff, letter));
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(TpiResultSent event) {
		WorkUnitSummary unit = this.institutions.workUnit(event.workUnitId());
		Letter letter = switch (event.kind()) {
			case QUESTIONS_RETURNED -> Letter.of(MailTopic.LKE_RETURNS, "lkeReturned",
					"/staf/unit/" + event.workUnitId() + "/lke?tahun=" + event.year(), unit.name(), event.year(),
					event.returnedCodes().size(), String.join(", ", event.returnedCodes()));
			case LHE_APPROVED -> Letter.of(MailTopic.DECISIONS, event.gateMet() ? "lheMet" : "lheUnmet",
					"/staf/unit/" + event.workUnitId() + "/lke/hasil-tpi?tahun=" + event.year(), unit.name(),
					event.year(), event.lheNumber());
		};
		this.recipients.staffOf(event.workUnitId()).forEach((staff) -> this.outbox.write(staff, letter));
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(UnitsProposed event) {
		Letter letter = Letter.of(MailTopic.PROPOSALS, "proposed", "/tpn?tahun=" + event.year(),
				event.institutionName(), event.letterNumber(), event.unitCount(), event.year());
		this.recipients.tpn().forEach((tpn) -> this.outbox.write(tpn, letter));
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(TpnDecided event) {
		WorkUnitSummary unit = this.institutions.workUnit(event.workUnitId());
		String key = "tpn." + event.kind().name();
		Object[] arguments = { unit.name(), event.predicate().name(), event.detail() };
		// Heads read it on their workspace; staff on the unit's public page. Someone who
		// is
		// both gets one e-mail.
		Set<String> told = new HashSet<>();
		Letter toHeads = Letter.of(MailTopic.TPN_OUTCOMES, key, "/instansi/unit/" + event.workUnitId(), arguments);
		Letter toStaff = Letter.of(MailTopic.TPN_OUTCOMES, key, "/direktori/" + unit.slug(), arguments);
		this.recipients.headsOf(event.workUnitId())
			.stream()
			.filter((head) -> told.add(head.username()))
			.forEach((head) -> this.outbox.write(head, toHeads));
		this.recipients.staffOf(event.workUnitId())
			.stream()
			.filter((staff) -> told.add(staff.username()))
			.forEach((staff) -> this.outbox.write(staff, toStaff));
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(AccountCreated event) {
		this.recipients.byUsername(List.of(event.username()))
			.forEach((account) -> this.outbox.write(account,
					Letter
						.of(MailTopic.ACCOUNT, "accountCreated", "/atur-sandi/" + event.setupToken(),
								account.username())
						.withSecretLink()));
	}

	private static DefaultMessageSourceResolvable stage(String stage) {
		return new DefaultMessageSourceResolvable("stage." + stage);
	}

}
