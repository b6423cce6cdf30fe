package id.zonaintegritas.proposal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.zonaintegritas.account.AccessGuard;
import id.zonaintegritas.assessment.AnswerInput;
import id.zonaintegritas.assessment.EvaluationSheet;
import id.zonaintegritas.assessment.Evaluator;
import id.zonaintegritas.assessment.LkeEvaluations;
import id.zonaintegritas.audit.AuditRecord;
import id.zonaintegritas.audit.AuditTrail;
import id.zonaintegritas.document.DocumentContent;
import id.zonaintegritas.document.DocumentService;
import id.zonaintegritas.document.DocumentView;
import id.zonaintegritas.evaluation.EligibilityGate;
import id.zonaintegritas.institution.InstitutionService;
import id.zonaintegritas.institution.WorkUnitSummary;
import id.zonaintegritas.period.PeriodService;
import id.zonaintegritas.period.ProgrammePeriod;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.NotFoundException;
import id.zonaintegritas.shared.Predicate;
import id.zonaintegritas.shared.Text;
import id.zonaintegritas.workflow.ProgrammeMoves;
import id.zonaintegritas.workflow.ProgrammeView;
import id.zonaintegritas.workflow.WorkflowService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The TPN's work on the proposals: the administrative selection of each unit, the answer
 * to the instansi's objection, the desk evaluation with the TPN's own answers beside the
 * unit's and the TPI's, the field notes, and the result — the Minister's decree recorded
 * with its file, or not designated — and a revocation by decree. Selection and evaluation
 * happen inside the period's TPN window; each command is one transaction, audited, and
 * the instansi and the unit see every step.
 */
@Service
public class TpnService {

	private final ProposalStore store;

	private final LkeEvaluations evaluations;

	private final EligibilityGate gate;

	private final WorkflowService workflow;

	private final ProgrammeMoves moves;

	private final InstitutionService institutions;

	private final DocumentService documents;

	private final PeriodService periods;

	private final AccessGuard access;

	private final AuditTrail audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	TpnService(ProposalStore store, LkeEvaluations evaluations, EligibilityGate gate, WorkflowService workflow,
			ProgrammeMoves moves, InstitutionService institutions, DocumentService documents, PeriodService periods,
			AccessGuard access, AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.store = store;
		this.evaluations = evaluations;
		this.gate = gate;
		this.workflow = workflow;
		this.moves = moves;
		this.institutions = institutions;
		this.documents = documents;
		this.periods = periods;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/** Every proposal of a period, newest first. */
	@Transactional(readOnly = true)
	public List<Proposal> proposals(int year, Actor tpn) {
		this.access.requireTpn(tpn);
		return this.store.proposals(year, null, this.institutions::workUnits);
	}

	/** How many units hold a predicate now: what the TPN may revoke. */
	@Transactional(readOnly = true)
	public long holderCount(Actor tpn) {
		this.access.requireTpn(tpn);
		return this.store.holderCount();
	}

	/**
	 * The units holding a predicate whose name contains what was searched, at most 50:
	 * the ones the TPN may revoke.
	 */
	@Transactional(readOnly = true)
	public List<PredicateHolder> holders(String search, Actor tpn) {
		this.access.requireTpn(tpn);
		String words = Text.cleanLine(search);
		if (words == null) {
			return List.of();
		}
		return this.store.holders(words, 50, this.institutions::workUnits)
			.stream()
			.map((holder) -> new PredicateHolder(holder.unit(), holder.predicate(), holder.decreeNumber(),
					holder.decreeDate()))
			.toList();
	}

	/** A proposed unit with everything the TPN decides on. */
	@Transactional(readOnly = true)
	public TpnDesk desk(long unitId, int year, Actor tpn) {
		this.access.requireTpn(tpn);
		long proposalId = this.store.proposalIdOf(unitId, year)
			.orElseThrow(() -> new NotFoundException("proposal.unitNotProposed", year));
		Proposal proposal = this.store.proposal(proposalId, this.institutions::workUnits).orElseThrow();
		ProposedUnit proposed = proposal.units()
			.stream()
			.filter((unit) -> unit.unit().id() == unitId)
			.findFirst()
			.orElseThrow();
		EvaluationSheet sheet = this.evaluations.sheet(unitId, year);
		ProgrammeView programme = this.workflow.programme(unitId);
		ProgrammePeriod period = this.periods.of(year).orElseThrow();
		return new TpnDesk(proposal, proposed, sheet,
				this.gate.check(sheet, Evaluator.TPI, proposed.predicate(), programme.heldPredicate()),
				this.gate.check(sheet, Evaluator.TPN, proposed.predicate(), programme.heldPredicate()), programme,
				period, period.tpnEvaluation().contains(this.periods.today()));
	}

	/** The administrative selection of a proposed unit: once, inside the TPN window. */
	@Transactional
	public void select(long unitId, int year, Selection selection, String notes, Actor tpn) {
		this.access.requireTpn(tpn);
		this.periods.requireOpen(year, PeriodService.Stage.TPN_EVALUATION);
		ProposalStore.Row row = locked(unitId, year);
		if (row.selection() != null) {
			throw new ProposalRuleException("selection", "proposal.rule.alreadySelected");
		}
		if (selection == null) {
			throw new ProposalRuleException("selection", "proposal.rule.selectionRequired");
		}
		String given = Text.clean(notes);
		if (selection != Selection.LOLOS && given == null) {
			throw new ProposalRuleException("notes", "proposal.rule.selectionNotesRequired");
		}
		Text.requireAtMost(given, 4000, "proposal.selectionNotes");
		this.store.update(unitId, year, row.version(),
				"selection = :selection, selection_notes = :notes, selected_by = :by, selected_at = :at",
				params("selection", selection.name(), "notes", given, "by", tpn.username(), "at", now()));
		this.audit.record(AuditRecord.of(tpn, "UNIT_SELECTED", "ProposedUnit", unitId + "/" + year, unitId,
				selection + ((given != null) ? ": " + given : "")));
		this.events.publishEvent(
				new TpnDecided(unitId, selection.passes() ? TpnDecided.Kind.SELECTED : TpnDecided.Kind.NOT_SELECTED,
						row.predicate(), (given != null) ? given : ""));
	}

	/**
	 * The TPN answers the instansi's objection: upheld, the unit passes the selection;
	 * dismissed, the selection stands.
	 */
	@Transactional
	public void answerObjection(long unitId, int year, boolean upheld, String answer, Actor tpn) {
		this.access.requireTpn(tpn);
		ProposalStore.Row row = locked(unitId, year);
		if (row.objection() == null || row.objectionAnswer() != null) {
			throw new ProposalRuleException("answer", "proposal.rule.noObjectionWaiting");
		}
		String given = Text.clean(answer);
		if (given == null) {
			throw new ProposalRuleException("answer", "proposal.rule.answerRequired");
		}
		Text.requireAtMost(given, 4000, "proposal.objectionAnswer");
		this.store.update(unitId, year, row.version(),
				"objection_answer = :answer, objection_upheld = :upheld, " + "answered_by = :by, answered_at = :at"
						+ (upheld ? ", selection = 'LOLOS'" : ""),
				params("answer", given, "upheld", upheld, "by", tpn.username(), "at", now()));
		this.audit.record(AuditRecord.of(tpn, upheld ? "OBJECTION_UPHELD" : "OBJECTION_DISMISSED", "ProposedUnit",
				unitId + "/" + year, unitId, given));
	}

	/**
	 * The TPN's own answers to the unit's LKE, beside the unit's and the TPI's: for a
	 * unit that passed the selection, inside the TPN window.
	 */
	@Transactional
	public int save(long unitId, int year, Map<String, AnswerInput> inputs, Map<String, Boolean> stands,
			Map<String, Integer> seen, Actor tpn) {
		requireEvaluating(unitId, year, tpn);
		return this.evaluations.save(unitId, year, Evaluator.TPN, inputs, stands, seen, tpn.username());
	}

	/** The TPN's notes of its field evaluation. */
	@Transactional
	public void fieldNotes(long unitId, int year, String notes, Actor tpn) {
		requireEvaluating(unitId, year, tpn);
		this.evaluations.fieldNotes(unitId, year, notes, tpn.username());
		this.audit.record(AuditRecord.worded(tpn, "FIELD_NOTES_SAVED", "ProposedUnit", unitId + "/" + year, unitId));
	}

	/**
	 * The check before a designation is confirmed: every rule but the decree's file, so
	 * that a confirmation is refused only for the file itself.
	 */
	@Transactional(readOnly = true)
	public void checkDesignation(long unitId, int year, String decreeNumber, LocalDate decreeDate, Actor tpn) {
		this.access.requireTpn(tpn);
		ProposalStore.Row row = decidable(current(unitId, year));
		requirePassed(row);
		requireTpnWindowOpened(year);
		this.moves.checkDesignation(unitId, row.predicate(), decreeNumber, decreeDate);
	}

	/** The check before "not designated" is confirmed: the unit waits for a result. */
	@Transactional(readOnly = true)
	public void checkNotDesignated(long unitId, int year, Actor tpn) {
		this.access.requireTpn(tpn);
		decidable(current(unitId, year));
		requireTpnWindowOpened(year);
	}

	/**
	 * The check before a revocation is confirmed: every rule but the decree's file, so
	 * that a confirmation is refused only for the file itself.
	 */
	@Transactional(readOnly = true)
	public void checkRevocation(long unitId, Predicate predicate, String reason, String decreeNumber,
			LocalDate decreeDate, Actor tpn) {
		this.access.requireTpn(tpn);
		this.institutions.workUnit(unitId);
		this.moves.checkRevocation(unitId, predicate, reason, decreeNumber, decreeDate);
	}

	/**
	 * The Minister designated the unit: the decree's number, date and file (a PDF). The
	 * unit moves to penetapan.
	 */
	@Transactional
	public void designate(long unitId, int year, String decreeNumber, LocalDate decreeDate, String fileName,
			byte[] decree, Actor tpn) {
		this.access.requireTpn(tpn);
		ProposalStore.Row row = decidable(locked(unitId, year));
		requirePassed(row);
		requireTpnWindowOpened(year);
		DocumentView file = decreeFile(fileName, decree, tpn);
		this.moves.designated(unitId, year, row.predicate(), decreeNumber, decreeDate, file.id(), tpn);
		this.store.update(unitId, year, row.version(), "result = 'DESIGNATED', decided_by = :by, decided_at = :at",
				params("by", tpn.username(), "at", now()));
		this.events.publishEvent(
				new TpnDecided(unitId, TpnDecided.Kind.DESIGNATED, row.predicate(), Text.cleanLine(decreeNumber)));
	}

	/** The unit is not designated in this period: back to building. */
	@Transactional
	public void notDesignated(long unitId, int year, String reason, Actor tpn) {
		this.access.requireTpn(tpn);
		ProposalStore.Row row = decidable(locked(unitId, year));
		requireTpnWindowOpened(year);
		String given = Text.clean(reason);
		this.moves.notDesignated(unitId, given, tpn);
		this.store.update(unitId, year, row.version(),
				"result = 'NOT_DESIGNATED', result_reason = :reason, decided_by = :by, decided_at = :at",
				params("reason", given, "by", tpn.username(), "at", now()));
		this.events.publishEvent(
				new TpnDecided(unitId, TpnDecided.Kind.NOT_DESIGNATED, row.predicate(), (given != null) ? given : ""));
	}

	/** Revokes a unit's predicate by decree, with the reason and the decree's file. */
	@Transactional
	public void revoke(long unitId, Predicate predicate, String reason, String decreeNumber, LocalDate decreeDate,
			String fileName, byte[] decree, Actor tpn) {
		this.access.requireTpn(tpn);
		this.institutions.workUnit(unitId);
		DocumentView file = decreeFile(fileName, decree, tpn);
		this.moves.revoke(unitId, predicate, reason, decreeNumber, decreeDate, file.id(), tpn);
		this.events.publishEvent(new TpnDecided(unitId, TpnDecided.Kind.REVOKED, predicate, Text.clean(reason)));
	}

	/** The units holding a predicate now, for the revocation page. */
	@Transactional(readOnly = true)
	public ProgrammeView programme(long unitId, Actor tpn) {
		this.access.requireTpn(tpn);
		this.institutions.workUnit(unitId);
		return this.workflow.programme(unitId);
	}

	/** The unit a TPN member is about to revoke or designate, by name. */
	@Transactional(readOnly = true)
	public WorkUnitSummary unit(long unitId, Actor tpn) {
		this.access.requireTpn(tpn);
		return this.institutions.workUnit(unitId);
	}

	/** A decree's file, for the TPN. */
	@Transactional(readOnly = true)
	public DocumentContent decree(long unitId, long documentId, Actor tpn) {
		this.access.requireTpn(tpn);
		boolean ofUnit = this.workflow.programme(unitId)
			.designations()
			.stream()
			.anyMatch((d) -> Long.valueOf(documentId).equals(d.decreeDocumentId())
					|| Long.valueOf(documentId).equals(d.revocationDocumentId()));
		if (!ofUnit) {
			throw new NotFoundException("error.document.notFound", documentId);
		}
		return this.documents.content(documentId);
	}

	private void requireEvaluating(long unitId, int year, Actor tpn) {
		this.access.requireTpn(tpn);
		this.periods.requireOpen(year, PeriodService.Stage.TPN_EVALUATION);
		ProposalStore.Row row = this.store.unitsOf(List.of(unitId), year).get(unitId);
		if (row == null) {
			throw new NotFoundException("proposal.unitNotProposed", year);
		}
		if (row.selection() == null || !row.selection().passes() || row.result() != null) {
			throw new ProposalRuleException(null, "proposal.rule.notUnderEvaluation");
		}
	}

	private static void requirePassed(ProposalStore.Row row) {
		if (!row.selection().passes()) {
			throw new ProposalRuleException("decreeNumber", "proposal.rule.notPassed");
		}
	}

	private static ProposalStore.Row decidable(ProposalStore.Row row) {
		if (row.selection() == null) {
			throw new ProposalRuleException(null, "proposal.rule.notSelectedYet");
		}
		if (row.objection() != null && row.objectionAnswer() == null) {
			throw new ProposalRuleException(null, "proposal.rule.objectionWaiting");
		}
		if (row.result() != null) {
			throw new ProposalRuleException(null, "proposal.rule.resultRecorded");
		}
		return row;
	}

	private void requireTpnWindowOpened(int year) {
		ProgrammePeriod period = this.periods.of(year).orElseThrow();
		if (this.periods.today().isBefore(period.tpnEvaluation().opens())) {
			this.periods.requireOpen(year, PeriodService.Stage.TPN_EVALUATION);
		}
	}

	private DocumentView decreeFile(String fileName, byte[] decree, Actor tpn) {
		if (decree == null || decree.length == 0) {
			throw new ProposalRuleException("decreeFile", "proposal.rule.decreeFileRequired");
		}
		DocumentView stored = this.documents.uploadRecord(fileName, decree, tpn);
		if (!ProposalService.PDF.equals(stored.mediaType())) {
			throw new ProposalRuleException("decreeFile", "proposal.rule.pdfOnly");
		}
		return stored;
	}

	private ProposalStore.Row current(long unitId, int year) {
		return Optional.ofNullable(this.store.unitsOf(List.of(unitId), year).get(unitId))
			.orElseThrow(() -> new NotFoundException("proposal.unitNotProposed", year));
	}

	private ProposalStore.Row locked(long unitId, int year) {
		return this.store.lockUnit(unitId, year)
			.orElseThrow(() -> new NotFoundException("proposal.unitNotProposed", year));
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

	private static Map<String, Object> params(Object... pairs) {
		Map<String, Object> params = new HashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			params.put((String) pairs[i], pairs[i + 1]);
		}
		return params;
	}

}
