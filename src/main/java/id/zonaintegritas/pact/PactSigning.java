package id.zonaintegritas.pact;

import java.time.Instant;
import java.time.LocalDate;

import id.zonaintegritas.pact.PactRuleException.Reason;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One signature of the pakta integritas, belonging to a declaration. Never edited. */
@Entity
@Table(name = "pact_signing")
class PactSigning {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "declaration_id", nullable = false, updatable = false)
	private long declarationId;

	@Column(name = "signatory_name", nullable = false, updatable = false)
	private String signatoryName;

	@Column(updatable = false)
	private String nip;

	@Column(nullable = false, updatable = false)
	private String position;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private SigningRole role;

	@Column(name = "signed_on", nullable = false, updatable = false)
	private LocalDate signedOn;

	@Column(name = "recorded_by", nullable = false, updatable = false)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt;

	protected PactSigning() {
	}

	/**
	 * Checks one signing on its own (the duplicate NIP rule needs the other signings and
	 * is checked by the service) and creates it.
	 */
	static PactSigning of(long declarationId, PactSigningDetails details, LocalDate today, String recordedBy,
			Instant now) {
		validate(details, today);
		PactSigning signing = new PactSigning();
		signing.declarationId = declarationId;
		signing.signatoryName = details.signatoryName().strip();
		signing.nip = normalisedNip(details);
		signing.position = details.position().strip();
		signing.role = details.role();
		signing.signedOn = details.signedOn();
		signing.recordedBy = recordedBy;
		signing.recordedAt = now;
		return signing;
	}

	static void validate(PactSigningDetails details, LocalDate today) {
		if (details.signatoryName() == null || details.signatoryName().isBlank()) {
			throw new PactRuleException(Reason.MISSING_NAME);
		}
		if (details.position() == null || details.position().isBlank()) {
			throw new PactRuleException(Reason.MISSING_POSITION);
		}
		if (details.role() == null) {
			throw new PactRuleException(Reason.MISSING_ROLE);
		}
		if (details.signedOn() == null) {
			throw new PactRuleException(Reason.MISSING_DATE);
		}
		if (details.signedOn().isAfter(today)) {
			throw new PactRuleException(Reason.DATE_IN_FUTURE);
		}
		String nip = normalisedNip(details);
		if (nip != null && !Nip.isValid(nip)) {
			throw new PactRuleException(Reason.INVALID_NIP, details.nip());
		}
	}

	static String normalisedNip(PactSigningDetails details) {
		String nip = Nip.normalise(details.nip());
		return (nip == null || nip.isEmpty()) ? null : nip;
	}

	PactSigningView toView() {
		return new PactSigningView(this.id, this.declarationId, this.signatoryName, this.nip, this.position, this.role,
				this.signedOn);
	}

	Long getId() {
		return this.id;
	}

}
