package id.zonaintegritas.pact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.zonaintegritas.pact.PactRuleException.Reason;
import id.zonaintegritas.pact.PactRuleException.Violation;
import id.zonaintegritas.shared.ProgrammeDates;
import id.zonaintegritas.shared.Text;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One signature of the pakta integritas, by the staff of one unit under a declaration
 * that declared it, as read back; written by {@link PactService} in one batch insert for
 * one signing or many.
 */
@Entity
@Table(name = "pact_signing")
class PactSigning {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "declaration_id", nullable = false, updatable = false)
	private long declarationId;

	@Column(name = "work_unit_id", nullable = false, updatable = false)
	private long workUnitId;

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

	static void validate(PactSigningDetails details, LocalDate today) {
		List<Violation> violations = violations(details, today);
		if (!violations.isEmpty()) {
			throw new PactRuleException(violations);
		}
	}

	/**
	 * Every rule a signing breaks on its own, in the order of the form's fields (the
	 * duplicate NIP rule needs the other signings and is checked by the service).
	 */
	static List<Violation> violations(PactSigningDetails details, LocalDate today) {
		List<Violation> violations = new ArrayList<>();
		if (details.signatoryName() == null || details.signatoryName().isBlank()) {
			violations.add(new Violation(Reason.MISSING_NAME));
		}
		else if (Text.isLongerThan(details.signatoryName().strip(), PactSigningDetails.NAME_LENGTH)) {
			violations.add(new Violation(Reason.NAME_TOO_LONG, PactSigningDetails.NAME_LENGTH));
		}
		String nip = normalisedNip(details);
		if (nip != null && !Nip.isValid(nip)) {
			violations.add(new Violation(Reason.INVALID_NIP, Text.quoted(details.nip())));
		}
		if (details.position() == null || details.position().isBlank()) {
			violations.add(new Violation(Reason.MISSING_POSITION));
		}
		else if (Text.isLongerThan(details.position().strip(), PactSigningDetails.POSITION_LENGTH)) {
			violations.add(new Violation(Reason.POSITION_TOO_LONG, PactSigningDetails.POSITION_LENGTH));
		}
		if (details.role() == null) {
			violations.add(new Violation(Reason.MISSING_ROLE));
		}
		if (details.signedOn() == null) {
			violations.add(new Violation(Reason.MISSING_DATE));
		}
		else if (details.signedOn().isAfter(today)) {
			violations.add(new Violation(Reason.DATE_IN_FUTURE));
		}
		else if (ProgrammeDates.beforeProgramme(details.signedOn())) {
			violations.add(new Violation(Reason.DATE_BEFORE_PROGRAMME));
		}
		return violations;
	}

	// A message quotes what was typed; a pasted paragraph is not repeated whole.

	static String normalisedNip(PactSigningDetails details) {
		String nip = Nip.normalise(details.nip());
		return (nip == null || nip.isEmpty()) ? null : nip;
	}

	PactSigningView toView() {
		return new PactSigningView(this.id, this.declarationId, this.workUnitId, this.signatoryName, this.nip,
				this.position, this.role, this.signedOn);
	}

	Long getId() {
		return this.id;
	}

}
