package id.zonaintegritas.workflow;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import id.zonaintegritas.account.AccessGuard;
import id.zonaintegritas.audit.AuditRecord;
import id.zonaintegritas.audit.AuditTrail;
import id.zonaintegritas.declaration.DeclarationService;
import id.zonaintegritas.document.DocumentService;
import id.zonaintegritas.pact.PactService;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.NotFoundException;
import id.zonaintegritas.shared.SerialWork;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The unit's requests for pembangunan and the TPI's decisions on them; the moves that
 * evaluations make go through {@link ProgrammeMoves}. Each command is one transaction,
 * audited in it.
 */
@Service
public class WorkflowService {

	private final ZiProgrammeRepository programmes;

	private final DeclarationService declarations;

	private final PactService pact;

	private final DocumentService documents;

	private final AuditTrail audit;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final AccessGuard access;

	private final ApplicationEventPublisher events;

	private final SerialWork serial;

	WorkflowService(ZiProgrammeRepository programmes, DeclarationService declarations, PactService pact,
			DocumentService documents, AuditTrail audit, Clock clock, PlatformTransactionManager transactionManager,
			AccessGuard access, ApplicationEventPublisher events, SerialWork serial) {
		this.serial = serial;
		this.access = access;
		this.events = events;
		this.programmes = programmes;
		this.declarations = declarations;
		this.pact = pact;
		this.documents = documents;
		this.audit = audit;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	/**
	 * Where the unit's programme stands; a unit that has not moved yet is at pencanangan.
	 */
	@Transactional(readOnly = true)
	public ProgrammeView programme(long workUnitId) {
		return this.programmes.findByWorkUnitId(workUnitId)
			.map(ZiProgramme::toView)
			.orElseGet(() -> ProgrammeView.notStarted(workUnitId));
	}

	/** A request with its programme, for a reviewer of the unit's institution. */
	@Transactional(readOnly = true)
	public RequestUnderReview requestForReview(long requestId, Actor reviewer) {
		ZiProgramme programme = programmeOfRequest(requestId);
		this.access.requireReviewerOf(reviewer, programme.getWorkUnitId());
		return new RequestUnderReview(programme.getWorkUnitId(), programme.request(requestId).toView(),
				programme.toView());
	}

	/**
	 * The unit's programme and what keeps it from asking for its next stage (by the same
	 * rules that refuse the request; empty when it may ask), from one read of the
	 * programme. For the staff dashboard's checklist and the stage request page.
	 */
	@Transactional(readOnly = true)
	Progress progress(long workUnitId) {
		Optional<ZiProgramme> found = this.programmes.findByWorkUnitId(workUnitId);
		ZiProgramme programme = found.orElseGet(() -> ZiProgramme.start(workUnitId, this.clock.instant()));
		DeclarationReadiness readiness = (programme.getStage() == Stage.PENCANANGAN) ? checklistReadiness(workUnitId)
				: DeclarationReadiness.NONE;
		return new Progress(found.map(ZiProgramme::toView).orElseGet(() -> ProgrammeView.notStarted(workUnitId)),
				programme.obstaclesToNextRequest(readiness));
	}

	record Progress(ProgrammeView programme, List<WorkflowRuleException.Reason> obstacles) {
	}

	/**
	 * The unit asks for its next stage, with a note and evidence from its own documents.
	 */
	@Transactional
	public StageRequestView requestNextStage(long workUnitId, String note, Set<Long> evidenceDocumentIds,
			Actor requester) {
		this.access.requireStaffOf(requester, workUnitId);
		// Two requests of one unit at once behave as two in a row: the second is refused
		// because the first is open, never by a unique key.
		this.serial.claim(SerialWork.Subject.STAGE_REQUESTS, workUnitId);
		this.documents.requireAllOfWorkUnit(workUnitId, evidenceDocumentIds);
		ZiProgramme programme = this.programmes.findByWorkUnitId(workUnitId)
			.orElseGet(() -> this.programmes.save(ZiProgramme.start(workUnitId, this.clock.instant())));
		DeclarationReadiness readiness = (programme.getStage() == Stage.PENCANANGAN) ? readiness(workUnitId)
				: DeclarationReadiness.NONE;
		StageRequest request = programme.requestNextStage(requester.username(), note, evidenceDocumentIds, readiness,
				this.clock.instant());
		this.programmes.flush();
		this.audit.record(AuditRecord.of(requester, "STAGE_REQUEST_SUBMITTED", "StageRequest", request.getId(),
				workUnitId, request.getFromStage() + " → " + request.getToStage()));
		this.events.publishEvent(new StageRequestSubmitted(workUnitId, request.getId(), request.getToStage(),
				requester.username(), false));
		return request.toView();
	}

	/** The unit revises a returned request and submits it again. */
	@Transactional
	public StageRequestView resubmit(long requestId, String note, Set<Long> evidenceDocumentIds, Actor requester) {
		ZiProgramme programme = programmeOfRequest(requestId);
		this.access.requireStaffOf(requester, programme.getWorkUnitId());
		this.serial.claim(SerialWork.Subject.STAGE_REQUESTS, programme.getWorkUnitId());
		this.documents.requireAllOfWorkUnit(programme.getWorkUnitId(), evidenceDocumentIds);
		programme.resubmit(requestId, note, evidenceDocumentIds, requester.username(), this.clock.instant());
		this.programmes.flush();
		this.audit.record(AuditRecord.worded(requester, "STAGE_REQUEST_RESUBMITTED", "StageRequest", requestId,
				programme.getWorkUnitId()));
		StageRequest request = programme.request(requestId);
		this.events.publishEvent(new StageRequestSubmitted(programme.getWorkUnitId(), requestId, request.getToStage(),
				requester.username(), true));
		return request.toView();
	}

	/**
	 * A reviewer decides a request. {@code expectedVersion} is the version the reviewer
	 * saw; if another reviewer decided first, or the unit changed the request meanwhile,
	 * nothing is recorded and a {@link RequestAlreadyDecidedException} or
	 * {@link RequestChangedException} says so.
	 */
	public StageRequestView decide(long requestId, long expectedVersion, Outcome outcome, String reason,
			Actor reviewer) {
		try {
			RequestUnderReview decided = this.transaction
				.execute((status) -> decideInTransaction(requestId, expectedVersion, outcome, reason, reviewer));
			return decided.request();
		}
		catch (OptimisticLockingFailureException ex) {
			throw conflictOn(requestId);
		}
		catch (DataIntegrityViolationException ex) {
			if (String.valueOf(ex.getMostSpecificCause().getMessage()).contains("stage_request_decision_final_once")) {
				throw conflictOn(requestId);
			}
			throw ex;
		}
	}

	private RequestUnderReview decideInTransaction(long requestId, long expectedVersion, Outcome outcome, String reason,
			Actor reviewer) {
		ZiProgramme programme = programmeOfRequest(requestId);
		this.access.requireReviewerOf(reviewer, programme.getWorkUnitId());
		StageRequest request = programme.request(requestId);
		Stage stageBefore = programme.getStage();
		if (request.getVersion() != expectedVersion && request.getStatus() == RequestStatus.SUBMITTED) {
			throw new RequestChangedException();
		}
		String username = reviewer.username();
		switch (outcome) {
			case APPROVED -> programme.approve(requestId, username, this.clock.instant());
			case RETURNED -> programme.returnForRevision(requestId, username, reason, this.clock.instant());
			case REJECTED -> programme.reject(requestId, username, reason, this.clock.instant());
		}
		this.programmes.flush();
		this.audit.record(
				AuditRecord
					.of(reviewer, "STAGE_REQUEST_" + outcome.name(), "StageRequest", requestId,
							programme.getWorkUnitId(), reason)
					.withChange(state(stageBefore, null), state(programme.getStage(), request.getStatus())));
		StageRequestView decided = request.toView();
		DecisionView decision = decided.decisions().get(decided.decisions().size() - 1);
		this.events.publishEvent(new StageRequestDecided(programme.getWorkUnitId(), requestId, outcome, username,
				decision.reason(), decision.decidedAt()));
		return new RequestUnderReview(programme.getWorkUnitId(), decided, programme.toView());
	}

	private DeclarationReadiness readiness(long workUnitId) {
		return this.declarations.latestSubmitted(workUnitId)
			.map((declaration) -> new DeclarationReadiness(declaration.id(), declaration.witnesses().size(),
					this.pact.headHasSigned(declaration.id(), workUnitId)))
			.orElse(DeclarationReadiness.NONE);
	}

	// The checklist looks at the declaration being prepared too, so that staff see
	// their progress.
	private DeclarationReadiness checklistReadiness(long workUnitId) {
		return this.declarations.newest(workUnitId)
			.map((declaration) -> new DeclarationReadiness(declaration.isSubmitted() ? declaration.id() : null,
					declaration.witnesses().size(), this.pact.headHasSigned(declaration.id(), workUnitId)))
			.orElse(DeclarationReadiness.NONE);
	}

	/**
	 * What beat this reviewer to it: another reviewer's decision, whatever its outcome (a
	 * return for revision included), or the unit changing the request meanwhile.
	 */
	private RuntimeException conflictOn(long requestId) {
		return this.transaction.execute((status) -> {
			StageRequest request = programmeOfRequest(requestId).request(requestId);
			if (request.getStatus() == RequestStatus.SUBMITTED) {
				return new RequestChangedException();
			}
			return request.latestDecision()
				.<RuntimeException>map((decision) -> new RequestAlreadyDecidedException(decision.getReviewer(),
						decision.getDecidedAt(), decision.getOutcome()))
				.orElseGet(RequestChangedException::new);
		});
	}

	private ZiProgramme programmeOfRequest(long requestId) {
		return this.programmes.findByRequestId(requestId)
			.orElseThrow(() -> new NotFoundException("error.stageRequest.notFound", requestId));
	}

	private static Map<String, Object> state(Stage stage, RequestStatus status) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("stage", stage);
		if (status != null) {
			state.put("requestStatus", status);
		}
		return state;
	}

}
