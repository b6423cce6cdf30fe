package id.zonaintegritas.workflow;

import java.time.Instant;
import java.time.LocalDate;

import id.zonaintegritas.shared.Predicate;
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
 * The minister's designation of a predicate by decree, and its revocation if it comes.
 */
@Entity
@Table(name = "designation")
class Designation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "programme_id", updatable = false)
	private ZiProgramme programme;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private Predicate predicate;

	@Column(name = "decree_number", nullable = false, updatable = false)
	private String decreeNumber;

	@Column(name = "decree_date", nullable = false, updatable = false)
	private LocalDate decreeDate;

	@Column(name = "recorded_by", nullable = false, updatable = false)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt;

	@Column(name = "period_year", nullable = false, updatable = false)
	private int periodYear;

	@Column(name = "decree_document_id", updatable = false)
	private Long decreeDocumentId;

	@Column(name = "revocation_date")
	private LocalDate revocationDate;

	@Column(name = "revocation_document_id")
	private Long revocationDocumentId;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	@Column(name = "revoked_by")
	private String revokedBy;

	@Column(name = "revocation_reason")
	private String revocationReason;

	@Column(name = "revocation_decree")
	private String revocationDecree;

	protected Designation() {
	}

	Designation(ZiProgramme programme, int periodYear, Predicate predicate, String decreeNumber, LocalDate decreeDate,
			Long decreeDocumentId, String recordedBy, Instant recordedAt) {
		this.programme = programme;
		this.periodYear = periodYear;
		this.decreeDocumentId = decreeDocumentId;
		this.predicate = predicate;
		this.decreeNumber = decreeNumber;
		this.decreeDate = decreeDate;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	LocalDate getDecreeDate() {
		return this.decreeDate;
	}

	void revoke(String reason, String decree, LocalDate decreeDate, Long documentId, String by, Instant now) {
		this.revocationDate = decreeDate;
		this.revocationDocumentId = documentId;
		this.revocationReason = reason;
		this.revocationDecree = decree;
		this.revokedBy = by;
		this.revokedAt = now;
	}

	boolean isActive() {
		return this.revokedAt == null;
	}

	Predicate getPredicate() {
		return this.predicate;
	}

	DesignationView toView() {
		return new DesignationView(this.predicate, this.decreeNumber, this.decreeDate, this.recordedBy, this.recordedAt,
				this.revokedAt, this.revokedBy, this.revocationReason, this.revocationDecree, this.periodYear,
				this.decreeDocumentId, this.revocationDate, this.revocationDocumentId);
	}

}
