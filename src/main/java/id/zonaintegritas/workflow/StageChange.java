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

/** One line of a programme's history: its stage changed, and why. */
@Entity
@Table(name = "stage_change")
class StageChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "programme_id", updatable = false)
	private ZiProgramme programme;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_stage", updatable = false)
	private Stage fromStage;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_stage", nullable = false, updatable = false)
	private Stage toStage;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private StageChangeCause cause;

	@Column(name = "request_id", updatable = false)
	private Long requestId;

	@Column(updatable = false)
	private String reason;

	@Column(name = "changed_by", nullable = false, updatable = false)
	private String changedBy;

	@Column(name = "changed_at", nullable = false, updatable = false)
	private Instant changedAt;

	protected StageChange() {
	}

	StageChange(ZiProgramme programme, Stage fromStage, Stage toStage, StageChangeCause cause, Long requestId,
			String reason, String changedBy, Instant changedAt) {
		this.programme = programme;
		this.fromStage = fromStage;
		this.toStage = toStage;
		this.cause = cause;
		this.requestId = requestId;
		this.reason = reason;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
	}

	StageChangeView toView() {
		return new StageChangeView(this.fromStage, this.toStage, this.cause, this.requestId, this.reason,
				this.changedBy, this.changedAt);
	}

}
