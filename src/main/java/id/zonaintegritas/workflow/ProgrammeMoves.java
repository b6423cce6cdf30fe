package id.zonaintegritas.workflow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import id.zonaintegritas.audit.AuditRecord;
import id.zonaintegritas.audit.AuditTrail;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.Predicate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moves of a programme that evaluations make, each by its own actor: the TPI's LHE
 * (pembangunan → pengusulan), the instansi head's proposal (→ penilaian), the TPN's
 * result with the Minister's decree (→ penetapan) or not (→ pembangunan), and a
 * revocation. Who may act is decided by the module that calls, inside its transaction;
 * the programme's own rules (the stage it must be at, the predicate, the decree) are kept
 * here. Each move is audited.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ProgrammeMoves {

	private final ZiProgrammeRepository programmes;

	private final AuditTrail audit;

	private final Clock clock;

	ProgrammeMoves(ZiProgrammeRepository programmes, AuditTrail audit, Clock clock) {
		this.programmes = programmes;
		this.audit = audit;
		this.clock = clock;
	}

	/** The TPI's approved LHE met the minimums: the unit may be proposed. */
	public ProgrammeView lheApproved(long workUnitId, String lhe, Actor lead) {
		ZiProgramme programme = programmeOf(workUnitId);
		Stage before = programme.getStage();
		programme.lheApproved(lhe, lead.username(), this.clock.instant());
		return moved(programme, before, lead, "STAGE_MOVED_BY_LHE", lhe);
	}

	/** The instansi head proposed the unit to KemenPAN-RB. */
	public ProgrammeView proposed(long workUnitId, String proposal, Actor head) {
		ZiProgramme programme = programmeOf(workUnitId);
		Stage before = programme.getStage();
		programme.proposed(proposal, head.username(), this.clock.instant());
		return moved(programme, before, head, "STAGE_MOVED_BY_PROPOSAL", proposal);
	}

	/**
	 * Would the Minister's designation be recorded? Every rule of the programme, checked
	 * before the decree's file is asked for; nothing changes.
	 */
	public void checkDesignation(long workUnitId, Predicate predicate, String decreeNumber, LocalDate decreeDate) {
		programmeOf(workUnitId).checkDesignation(predicate, decreeNumber, decreeDate, LocalDate.now(this.clock));
	}

	/**
	 * Would the revocation be recorded? Every rule of the programme, checked before the
	 * decree's file is asked for; nothing changes.
	 */
	public void checkRevocation(long workUnitId, Predicate predicate, String reason, String decreeNumber,
			LocalDate decreeDate) {
		programmeOf(workUnitId).checkRevocation(predicate, reason, decreeNumber, decreeDate, LocalDate.now(this.clock));
	}

	/** The Minister designated the unit, on the TPN's result. */
	public ProgrammeView designated(long workUnitId, int year, Predicate predicate, String decreeNumber,
			LocalDate decreeDate, Long documentId, Actor tpn) {
		ZiProgramme programme = programmeOf(workUnitId);
		Stage before = programme.getStage();
		Predicate heldBefore = programme.getHeldPredicate();
		programme.designate(year, predicate, decreeNumber, decreeDate, documentId, LocalDate.now(this.clock),
				tpn.username(), this.clock.instant());
		this.audit.record(AuditRecord
			.of(tpn, "PREDICATE_DESIGNATED", "ZiProgramme", programme.getId(), workUnitId,
					predicate + " — " + decreeNumber.strip())
			.withChange(state(before, heldBefore), state(programme.getStage(), programme.getHeldPredicate())));
		return programme.toView();
	}

	/** The TPN did not recommend the unit: back to building. */
	public ProgrammeView notDesignated(long workUnitId, String reason, Actor tpn) {
		ZiProgramme programme = programmeOf(workUnitId);
		Stage before = programme.getStage();
		programme.notDesignated(reason, tpn.username(), this.clock.instant());
		return moved(programme, before, tpn, "NOT_DESIGNATED", reason);
	}

	/** The TPN/KemenPAN-RB revokes the predicate the unit holds, by decree. */
	public ProgrammeView revoke(long workUnitId, Predicate predicate, String reason, String decreeNumber,
			LocalDate decreeDate, Long documentId, Actor tpn) {
		ZiProgramme programme = programmeOf(workUnitId);
		Stage before = programme.getStage();
		Predicate heldBefore = programme.getHeldPredicate();
		programme.revoke(predicate, reason, decreeNumber, decreeDate, documentId, LocalDate.now(this.clock),
				tpn.username(), this.clock.instant());
		this.audit.record(AuditRecord
			.of(tpn, "PREDICATE_REVOKED", "ZiProgramme", programme.getId(), workUnitId,
					predicate + " — " + decreeNumber.strip())
			.withChange(state(before, heldBefore), state(programme.getStage(), programme.getHeldPredicate())));
		return programme.toView();
	}

	private ProgrammeView moved(ZiProgramme programme, Stage before, Actor actor, String action, String summary) {
		this.programmes.flush();
		this.audit.record(AuditRecord
			.of(actor, action, "ZiProgramme", programme.getId(), programme.getWorkUnitId(),
					before + " → " + programme.getStage() + ": " + summary)
			.withChange(state(before, programme.getHeldPredicate()),
					state(programme.getStage(), programme.getHeldPredicate())));
		return programme.toView();
	}

	private ZiProgramme programmeOf(long workUnitId) {
		return this.programmes.findByWorkUnitId(workUnitId)
			.orElseThrow(() -> new WorkflowRuleException(WorkflowRuleException.Reason.NOT_AT_STAGE, Stage.PEMBANGUNAN,
					Stage.PENCANANGAN));
	}

	private static Map<String, Object> state(Stage stage, Predicate held) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("stage", stage);
		state.put("heldPredicate", held);
		return state;
	}

}
