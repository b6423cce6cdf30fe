package id.zonaintegritas.workflow;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One reviewer's decision on a request. A request may be returned several times, decided
 * finally once.
 */
@Entity
@Table(name = "stage_request_decision")
class StageRequestDecision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "request_id", updatable = false)
	private StageRequest request;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private Outcome outcome;

	@Column(nullable = false, updatable = false)
	private String reviewer;

	@Column(updatable = false)
	private String reason;

	@Column(name = "decided_at", nullable = false, updatable = false)
	private Instant decidedAt;

	protected StageRequestDecision() {
	}

	StageRequestDecision(StageRequest request, Outcome outcome, String reviewer, String reason, Instant decidedAt) {
		this.request = request;
		this.outcome = outcome;
		this.reviewer = reviewer;
		this.reason = reason;
		this.decidedAt = decidedAt;
	}

	Outcome getOutcome() {
		return this.outcome;
	}

	String getReviewer() {
		return this.reviewer;
	}

	Instant getDecidedAt() {
		return this.decidedAt;
	}

	DecisionView toView() {
		return new DecisionView(this.outcome, this.reviewer, this.reason, this.decidedAt);
	}

}
