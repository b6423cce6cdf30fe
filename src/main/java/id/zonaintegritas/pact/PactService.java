package id.zonaintegritas.pact;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import id.zonaintegritas.account.AccessGuard;
import id.zonaintegritas.audit.AuditRecord;
import id.zonaintegritas.audit.AuditTrail;
import id.zonaintegritas.declaration.DeclarationService;
import id.zonaintegritas.declaration.DeclarationView;
import id.zonaintegritas.institution.InstitutionService;
import id.zonaintegritas.pact.PactRuleException.Reason;
import id.zonaintegritas.shared.Actor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records the signings of the pakta integritas and tells a unit's coverage. */
@Service
@Transactional(readOnly = true)
public class PactService {

	private final PactSigningRepository signings;

	private final DeclarationService declarations;

	private final InstitutionService institutions;

	private final AuditTrail audit;

	private final Clock clock;

	private final AccessGuard access;

	PactService(PactSigningRepository signings, DeclarationService declarations, InstitutionService institutions,
			AuditTrail audit, Clock clock, AccessGuard access) {
		this.access = access;
		this.signings = signings;
		this.declarations = declarations;
		this.institutions = institutions;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Records one signing of the declaration's pact; the same NIP signs a declaration
	 * once.
	 */
	@Transactional
	public PactSigningView record(long declarationId, PactSigningDetails details, Actor actor) {
		DeclarationView declaration = this.declarations.declaration(declarationId);
		this.access.requireStaffOf(actor, declaration.workUnitId());
		PactSigning signing = PactSigning.of(declarationId, details, LocalDate.now(this.clock), actor.username(),
				this.clock.instant());
		String nip = PactSigning.normalisedNip(details);
		if (nip != null && this.signings.existsByDeclarationIdAndNip(declarationId, nip)) {
			throw new PactRuleException(Reason.DUPLICATE_NIP, nip);
		}
		this.signings.save(signing);
		this.audit.record(AuditRecord.of(actor, "PACT_SIGNING_RECORDED", "PactSigning", signing.getId(),
				declaration.workUnitId(), details.role() + ": " + details.signatoryName()));
		return signing.toView();
	}

	public List<PactSigningView> signings(long declarationId) {
		return this.signings.findByDeclaration(declarationId).stream().map(PactSigning::toView).toList();
	}

	/** Whether the head of the unit has signed this declaration's pact. */
	public boolean headHasSigned(long declarationId) {
		return this.signings.existsByDeclarationIdAndRole(declarationId, SigningRole.PIMPINAN);
	}

	/** Staff who signed the unit's newest declaration, against the unit's staff count. */
	public PactCoverage coverage(long workUnitId) {
		int staffCount = this.institutions.workUnit(workUnitId).staffCount();
		long signed = this.declarations.newest(workUnitId)
			.map((declaration) -> this.signings.countStaffWhoSigned(declaration.id()))
			.orElse(0L);
		return new PactCoverage(signed, staffCount);
	}

}
