package id.zonaintegritas.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import id.zonaintegritas.shared.NotFoundException;
import id.zonaintegritas.shared.Predicate;
import id.zonaintegritas.shared.ProgrammeDates;
import id.zonaintegritas.shared.Text;
import id.zonaintegritas.workflow.WorkflowRuleException.Reason;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A work unit's Zona Integritas programme: the aggregate that guards every change of
 * stage. Each transition is a method that checks the current state, refuses an illegal
 * move with a {@link WorkflowRuleException}, and records what happened in the programme's
 * history.
 */
@Entity
@Table(name = "zi_programme")
class ZiProgramme {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "work_unit_id", nullable = false, updatable = false)
	private long workUnitId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Stage stage = Stage.PENCANANGAN;

	@Enumerated(EnumType.STRING)
	@Column(name = "target_predicate", nullable = false)
	private Predicate targetPredicate = Predicate.WBK;

	@Enumerated(EnumType.STRING)
	@Column(name = "held_predicate")
	private Predicate heldPredicate;

	@Column(name = "declaration_id")
	private Long declarationId;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "programme", cascade = CascadeType.ALL)
	@OrderBy("requestedAt, id")
	private List<StageRequest> requests = new ArrayList<>();

	@OneToMany(mappedBy = "programme", cascade = CascadeType.ALL)
	@OrderBy("changedAt, id")
	private List<StageChange> history = new ArrayList<>();

	@OneToMany(mappedBy = "programme", cascade = CascadeType.ALL)
	@OrderBy("recordedAt, id")
	private List<Designation> designations = new ArrayList<>();

	protected ZiProgramme() {
	}

	private ZiProgramme(long workUnitId, Instant now) {
		this.workUnitId = workUnitId;
		this.updatedAt = now;
	}

	/** A programme that has not moved yet: the unit prepares its declaration. */
	static ZiProgramme start(long workUnitId, Instant now) {
		return new ZiProgramme(workUnitId, now);
	}

	/**
	 * Asks for the next stage. From pencanangan the declaration must be submitted,
	 * witnessed and signed by the head; from penetapan with WBK held, the next cycle aims
	 * at WBBM.
	 */
	StageRequest requestNextStage(String requester, String note, Set<Long> evidence, DeclarationReadiness readiness,
			Instant now) {
		obstaclesToNextRequest(readiness).stream().findFirst().ifPresent((reason) -> {
			throw new WorkflowRuleException(reason);
		});
		boolean newCycle = this.stage == Stage.PENETAPAN;
		Stage to = newCycle ? Stage.PEMBANGUNAN : this.stage.next().orElseThrow();
		Predicate target = newCycle ? Predicate.WBBM : this.targetPredicate;
		if (this.stage == Stage.PENCANANGAN) {
			this.declarationId = readiness.declarationId();
		}
		Text.requireAtMost(note, StageRequestView.NOTE_LENGTH, "stageRequest.note");
		StageRequest request = new StageRequest(this, this.stage, to, target, note, evidence, requester, now);
		this.requests.add(request);
		touch(now);
		return request;
	}

	/**
	 * Everything that keeps the unit from asking for its next stage now, in the order the
	 * request would be refused; empty when it may ask. The staff dashboard shows this
	 * list, so the checklist and the refusal are the same rules.
	 */
	List<Reason> obstaclesToNextRequest(DeclarationReadiness readiness) {
		List<Reason> obstacles = new ArrayList<>();
		if (openRequest().isPresent()) {
			obstacles.add(Reason.OPEN_REQUEST_EXISTS);
		}
		if (this.stage == Stage.PENETAPAN) {
			if (this.heldPredicate != this.targetPredicate) {
				obstacles.add(Reason.DESIGNATION_PENDING);
			}
			else if (this.heldPredicate == Predicate.WBBM) {
				obstacles.add(Reason.HIGHEST_PREDICATE_HELD);
			}
		}
		if (this.stage == Stage.PENCANANGAN) {
			obstacles.addAll(readiness.missing());
		}
		if (this.stage.isMovedByEvaluation()) {
			obstacles.add(Reason.MOVED_BY_EVALUATION);
		}
		return obstacles;
	}

	/** The unit revises a request that a reviewer returned, and submits it again. */
	void resubmit(long requestId, String note, Set<Long> evidence, String resubmitter, Instant now) {
		Text.requireAtMost(note, StageRequestView.NOTE_LENGTH, "stageRequest.note");
		StageRequest request = request(requestId);
		if (request.getStatus() != RequestStatus.RETURNED) {
			throw new WorkflowRuleException(Reason.REQUEST_NOT_RETURNED);
		}
		request.resubmit(note, evidence, resubmitter, now);
		touch(now);
	}

	/** Approves a request: the programme moves to the requested stage. */
	void approve(long requestId, String reviewer, Instant now) {
		StageRequest request = awaitingDecision(requestId, reviewer);
		if (request.getFromStage().isMovedByEvaluation()) {
			throw new WorkflowRuleException(Reason.MOVED_BY_EVALUATION);
		}
		request.decide(Outcome.APPROVED, reviewer, null, now);
		this.targetPredicate = request.getTargetPredicate();
		moveTo(request.getToStage(), StageChangeCause.REQUEST_APPROVED, request.getId(), null, reviewer, now);
	}

	/** Returns a request to the unit for revision; it stays open. */
	void returnForRevision(long requestId, String reviewer, String reason, Instant now) {
		StageRequest request = awaitingDecision(requestId, reviewer);
		request.decide(Outcome.RETURNED, reviewer, requireReason(reason), now);
		touch(now);
	}

	/**
	 * Rejects a request. A rejection at pengusulan (by the TPI) or penilaian (by the TPN)
	 * is a failed assessment: the unit goes back to pembangunan for coaching.
	 */
	void reject(long requestId, String reviewer, String reason, Instant now) {
		StageRequest request = awaitingDecision(requestId, reviewer);
		String given = requireReason(reason);
		request.decide(Outcome.REJECTED, reviewer, given, now);
		if (request.getFromStage().isAssessment()) {
			moveTo(Stage.PEMBANGUNAN, StageChangeCause.ASSESSMENT_FAILED, request.getId(), given, reviewer, now);
		}
		else {
			touch(now);
		}
	}

	/**
	 * The TPI's team lead approved the LHE and the TPI's scores meet the minimums: the
	 * unit may be proposed.
	 */
	void lheApproved(String lhe, String by, Instant now) {
		requireAt(Stage.PEMBANGUNAN);
		moveTo(Stage.PENGUSULAN, StageChangeCause.LHE_APPROVED, null, lhe, by, now);
	}

	/** The instansi head proposed the unit to KemenPAN-RB. */
	void proposed(String proposal, String by, Instant now) {
		requireAt(Stage.PENGUSULAN);
		moveTo(Stage.PENILAIAN, StageChangeCause.PROPOSED, null, proposal, by, now);
	}

	/**
	 * Every rule of a designation, without recording it: the stage, the predicate, and a
	 * decree that is neither from the future nor older than the unit's move to penilaian.
	 * @return the decree's number as it will be recorded
	 */
	String checkDesignation(Predicate predicate, String decreeNumber, LocalDate decreeDate, LocalDate today) {
		if (!awaitingDecree()) {
			requireAt(Stage.PENILAIAN);
		}
		if (predicate == Predicate.WBBM && this.heldPredicate != Predicate.WBK) {
			throw new WorkflowRuleException(Reason.WBBM_REQUIRES_WBK);
		}
		if (predicate != this.targetPredicate) {
			throw new WorkflowRuleException(Reason.PREDICATE_NOT_TARGET, predicate, this.targetPredicate);
		}
		String decree = requireDecree(decreeNumber, decreeDate, today);
		// The decree answers the proposal: it cannot be older than the unit's move to
		// penilaian.
		this.history.stream()
			.map(StageChange::toView)
			.filter((change) -> change.toStage() == Stage.PENILAIAN)
			.map((change) -> change.changedAt().atZone(ProgrammeDates.WIB).toLocalDate())
			.max(LocalDate::compareTo)
			.filter(decreeDate::isBefore)
			.ifPresent((proposedOn) -> {
				throw new WorkflowRuleException(Reason.DECREE_BEFORE_PROPOSAL, proposedOn);
			});
		return decree;
	}

	/**
	 * A unit moved to penetapan by an approved request before the TPN decided waits there
	 * for its decree.
	 */
	private boolean awaitingDecree() {
		return this.stage == Stage.PENETAPAN && this.heldPredicate != this.targetPredicate;
	}

	/**
	 * The Minister designated the predicate this cycle aimed at, on the TPN's result, by
	 * the decree recorded here with its file.
	 */
	void designate(int periodYear, Predicate predicate, String decreeNumber, LocalDate decreeDate, Long documentId,
			LocalDate today, String by, Instant now) {
		boolean awaitingDecree = awaitingDecree();
		String decree = checkDesignation(predicate, decreeNumber, decreeDate, today);
		this.designations.add(new Designation(this, periodYear, predicate, decree, decreeDate, documentId, by, now));
		this.heldPredicate = predicate;
		if (awaitingDecree) {
			touch(now);
		}
		else {
			moveTo(Stage.PENETAPAN, StageChangeCause.DESIGNATED, null, predicate + " — " + decree, by, now);
		}
	}

	/**
	 * The TPN did not recommend the unit: it goes back to building and may be proposed in
	 * a later period.
	 */
	void notDesignated(String reason, String by, Instant now) {
		requireAt(Stage.PENILAIAN);
		moveTo(Stage.PEMBANGUNAN, StageChangeCause.NOT_DESIGNATED, null, requireReason(reason), by, now);
	}

	/**
	 * Every rule of a revocation, without recording it: a predicate the unit holds, a
	 * reason, and a decree neither from the future nor older than the designation.
	 */
	void checkRevocation(Predicate predicate, String reason, String decreeNumber, LocalDate decreeDate,
			LocalDate today) {
		if (predicate == null || predicate != this.heldPredicate) {
			throw new WorkflowRuleException(Reason.PREDICATE_NOT_HELD, predicate);
		}
		requireReason(reason);
		requireDecree(decreeNumber, decreeDate, today);
		this.designations.stream()
			.filter((designation) -> designation.isActive() && designation.getPredicate() == predicate)
			.map(Designation::getDecreeDate)
			.filter((designatedOn) -> designatedOn != null && decreeDate.isBefore(designatedOn))
			.findFirst()
			.ifPresent((designatedOn) -> {
				throw new WorkflowRuleException(Reason.DECREE_BEFORE_DESIGNATION, designatedOn);
			});
	}

	/**
	 * Revokes the predicate the unit holds, by decree. The unit goes back to building; an
	 * open request is closed, since it was made under the predicate now revoked.
	 */
	void revoke(Predicate predicate, String reason, String decreeNumber, LocalDate decreeDate, Long documentId,
			LocalDate today, String by, Instant now) {
		checkRevocation(predicate, reason, decreeNumber, decreeDate, today);
		String given = requireReason(reason);
		String decree = requireDecree(decreeNumber, decreeDate, today);
		this.designations.stream()
			.filter((designation) -> designation.isActive() && designation.getPredicate() == predicate)
			.forEach((designation) -> designation.revoke(given, decree, decreeDate, documentId, by, now));
		openRequest().ifPresent((request) -> request.decide(Outcome.REJECTED, by, given, now));
		this.heldPredicate = this.designations.stream()
			.filter(Designation::isActive)
			.map(Designation::getPredicate)
			.max(Enum::compareTo)
			.orElse(null);
		this.targetPredicate = (this.heldPredicate == Predicate.WBK) ? Predicate.WBBM : Predicate.WBK;
		moveTo(Stage.PEMBANGUNAN, StageChangeCause.PREDICATE_REVOKED, null, given, by, now);
	}

	private void requireAt(Stage expected) {
		if (this.stage != expected) {
			throw new WorkflowRuleException(Reason.NOT_AT_STAGE, expected, this.stage);
		}
	}

	private static String requireDecree(String decreeNumber, LocalDate decreeDate, LocalDate today) {
		if (decreeNumber == null || decreeNumber.isBlank() || decreeDate == null) {
			throw new WorkflowRuleException(Reason.DECREE_REQUIRED);
		}
		if (decreeDate.isAfter(today)) {
			throw new WorkflowRuleException(Reason.DECREE_DATE_IN_FUTURE);
		}
		if (ProgrammeDates.beforeProgramme(decreeDate)) {
			throw new WorkflowRuleException(Reason.DECREE_DATE_BEFORE_PROGRAMME);
		}
		return Text.requireAtMost(decreeNumber.strip(), DesignationView.DECREE_NUMBER_LENGTH, "review.decreeNumber");
	}

	private StageRequest awaitingDecision(long requestId, String reviewer) {
		StageRequest request = request(requestId);
		if (request.getStatus() != RequestStatus.SUBMITTED) {
			Optional<StageRequestDecision> decided = request.latestDecision();
			if (decided.isPresent()) {
				throw new RequestAlreadyDecidedException(decided.get().getReviewer(), decided.get().getDecidedAt(),
						decided.get().getOutcome());
			}
			throw new WorkflowRuleException(Reason.REQUEST_NOT_AWAITING_DECISION);
		}
		if (request.wasSubmittedBy(reviewer)) {
			throw new WorkflowRuleException(Reason.OWN_REQUEST);
		}
		return request;
	}

	private void moveTo(Stage to, StageChangeCause cause, Long requestId, String reason, String by, Instant now) {
		this.history.add(new StageChange(this, this.stage, to, cause, requestId, reason, by, now));
		this.stage = to;
		touch(now);
	}

	// Every command changes the root, so its version guards the whole aggregate.
	private void touch(Instant now) {
		this.updatedAt = now;
	}

	private static String requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new WorkflowRuleException(Reason.REASON_REQUIRED);
		}
		return Text.requireAtMost(reason.strip(), DecisionView.REASON_LENGTH, "review.reason");
	}

	Optional<StageRequest> openRequest() {
		return this.requests.stream().filter((request) -> request.getStatus().isOpen()).findFirst();
	}

	StageRequest request(long requestId) {
		return this.requests.stream()
			.filter((request) -> Long.valueOf(requestId).equals(request.getId()))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("error.stageRequest.notFound", requestId));
	}

	Long getId() {
		return this.id;
	}

	long getWorkUnitId() {
		return this.workUnitId;
	}

	Stage getStage() {
		return this.stage;
	}

	Predicate getTargetPredicate() {
		return this.targetPredicate;
	}

	Predicate getHeldPredicate() {
		return this.heldPredicate;
	}

	ProgrammeView toView() {
		return new ProgrammeView(this.workUnitId, this.stage, this.targetPredicate, this.heldPredicate,
				this.requests.stream().map(StageRequest::toView).toList(),
				this.history.stream().map(StageChange::toView).toList(),
				this.designations.stream().map(Designation::toView).toList());
	}

}
