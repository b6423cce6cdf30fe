package id.zonaintegritas.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import id.zonaintegritas.shared.Predicate;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A unit's request to move its programme one stage forward, with its evidence, and the
 * reviewers' decisions on it. Changed only through its {@link ZiProgramme}.
 */
@Entity
@Table(name = "stage_request")
class StageRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "programme_id", updatable = false)
	private ZiProgramme programme;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_stage", nullable = false, updatable = false)
	private Stage fromStage;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_stage", nullable = false, updatable = false)
	private Stage toStage;

	@Enumerated(EnumType.STRING)
	@Column(name = "target_predicate", nullable = false, updatable = false)
	private Predicate targetPredicate;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private RequestStatus status = RequestStatus.SUBMITTED;

	private String note;

	@Column(name = "requested_by", nullable = false, updatable = false)
	private String requestedBy;

	@Column(name = "requested_at", nullable = false, updatable = false)
	private Instant requestedAt;

	@Column(name = "resubmitted_at")
	private Instant resubmittedAt;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "stage_request_document", joinColumns = @JoinColumn(name = "request_id"))
	@Column(name = "document_id")
	private Set<Long> evidenceDocumentIds = new LinkedHashSet<>();

	@OneToMany(mappedBy = "request", cascade = CascadeType.ALL)
	@OrderBy("decidedAt, id")
	private List<StageRequestDecision> decisions = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "stage_request_resubmission", joinColumns = @JoinColumn(name = "request_id"))
	private Set<Resubmission> resubmissions = new LinkedHashSet<>();

	protected StageRequest() {
	}

	StageRequest(ZiProgramme programme, Stage fromStage, Stage toStage, Predicate targetPredicate, String note,
			Set<Long> evidenceDocumentIds, String requestedBy, Instant requestedAt) {
		this.programme = programme;
		this.fromStage = fromStage;
		this.toStage = toStage;
		this.targetPredicate = targetPredicate;
		this.note = note;
		this.evidenceDocumentIds.addAll(evidenceDocumentIds);
		this.requestedBy = requestedBy;
		this.requestedAt = requestedAt;
	}

	void decide(Outcome outcome, String reviewer, String reason, Instant now) {
		this.decisions.add(new StageRequestDecision(this, outcome, reviewer, reason, now));
		this.status = switch (outcome) {
			case APPROVED -> RequestStatus.APPROVED;
			case RETURNED -> RequestStatus.RETURNED;
			case REJECTED -> RequestStatus.REJECTED;
		};
	}

	void resubmit(String newNote, Set<Long> newEvidence, String resubmitter, Instant now) {
		this.resubmissions.add(new Resubmission(resubmitter, now));
		this.note = newNote;
		this.evidenceDocumentIds.clear();
		this.evidenceDocumentIds.addAll(newEvidence);
		this.status = RequestStatus.SUBMITTED;
		this.resubmittedAt = now;
	}

	/** The last decision on this request, of any outcome. */
	Optional<StageRequestDecision> latestDecision() {
		return this.decisions.isEmpty() ? Optional.empty() : Optional.of(this.decisions.get(this.decisions.size() - 1));
	}

	/** The approval or rejection that closed this request, if it is closed. */
	Optional<StageRequestDecision> finalDecision() {
		return this.decisions.stream().filter((decision) -> decision.getOutcome() != Outcome.RETURNED).findFirst();
	}

	Long getId() {
		return this.id;
	}

	long getVersion() {
		return this.version;
	}

	RequestStatus getStatus() {
		return this.status;
	}

	Stage getFromStage() {
		return this.fromStage;
	}

	Stage getToStage() {
		return this.toStage;
	}

	Predicate getTargetPredicate() {
		return this.targetPredicate;
	}

	/** Whether this person filed the request or sent it again after a return. */
	boolean wasSubmittedBy(String username) {
		return this.requestedBy.equals(username) || this.resubmissions.stream()
			.anyMatch((resubmission) -> resubmission.resubmittedBy().equals(username));
	}

	StageRequestView toView() {
		return new StageRequestView(this.id, this.version, this.fromStage, this.toStage, this.targetPredicate,
				this.status, this.note, this.requestedBy, this.requestedAt, this.resubmittedAt,
				Set.copyOf(this.evidenceDocumentIds),
				this.decisions.stream().map(StageRequestDecision::toView).toList());
	}

}
