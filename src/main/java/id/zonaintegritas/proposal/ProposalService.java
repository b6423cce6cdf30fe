package id.zonaintegritas.proposal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import id.zonaintegritas.account.AccessGuard;
import id.zonaintegritas.audit.AuditRecord;
import id.zonaintegritas.audit.AuditTrail;
import id.zonaintegritas.document.DocumentContent;
import id.zonaintegritas.document.DocumentService;
import id.zonaintegritas.document.DocumentView;
import id.zonaintegritas.evaluation.ApprovedLhe;
import id.zonaintegritas.evaluation.ApprovedLhes;
import id.zonaintegritas.institution.InstitutionService;
import id.zonaintegritas.institution.WorkUnitSummary;
import id.zonaintegritas.period.PeriodService;
import id.zonaintegritas.period.ProgrammePeriod;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ActorRole;
import id.zonaintegritas.shared.ForbiddenException;
import id.zonaintegritas.shared.NotFoundException;
import id.zonaintegritas.shared.Text;
import id.zonaintegritas.workflow.ProgrammeMoves;
import id.zonaintegritas.workflow.ProgrammeView;
import id.zonaintegritas.workflow.WorkflowService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The instansi head's side: every unit of the institution with its LHE and the gate, the
 * proposal of the eligible ones inside the period's proposal window (one proposal,
 * several units, a cover letter and an SPTJM as PDFs; the units move to penilaian), and
 * the one objection (sanggah) against the TPN's selection of a unit.
 */
@Service
public class ProposalService {

	static final String PDF = "application/pdf";

	/** As long as the column that keeps a cover letter's number. */
	public static final int LETTER_NUMBER_LENGTH = 150;

	private final ProposalStore store;

	private final ApprovedLhes lhes;

	private final WorkflowService workflow;

	private final ProgrammeMoves moves;

	private final InstitutionService institutions;

	private final DocumentService documents;

	private final PeriodService periods;

	private final AccessGuard access;

	private final AuditTrail audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ProposalService(ProposalStore store, ApprovedLhes lhes, WorkflowService workflow, ProgrammeMoves moves,
			InstitutionService institutions, DocumentService documents, PeriodService periods, AccessGuard access,
			AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.store = store;
		this.lhes = lhes;
		this.workflow = workflow;
		this.moves = moves;
		this.institutions = institutions;
		this.documents = documents;
		this.periods = periods;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/** The institution the head acts for. */
	@Transactional(readOnly = true)
	public long institutionOf(Actor head) {
		return this.access.headedInstitutionOf(head.username())
			.orElseThrow(() -> new ForbiddenException("error.forbidden.notInstansiHead"));
	}

	/** Every unit of the head's institution in a period, with the proposals made. */
	@Transactional(readOnly = true)
	public InstansiOverview overview(Actor head, int year) {
		long institutionId = institutionOf(head);
		this.access.requireInstansiHeadOf(head, institutionId);
		List<WorkUnitSummary> units = this.institutions.workUnitsOf(institutionId);
		List<Long> ids = units.stream().map(WorkUnitSummary::id).toList();
		Map<Long, ApprovedLhe> approved = this.lhes.of(ids, year);
		Map<Long, ProposedUnit> proposed = proposed(ids, year);
		Map<Long, ProposalStore.Standing> standings = this.store.standings(ids);
		ProgrammePeriod period = this.periods.of(year).orElse(null);
		return new InstansiOverview(this.institutions.institution(institutionId), year, period,
				period != null && period.proposal().contains(this.periods.today()), units.stream().map((unit) -> {
					ApprovedLhe lhe = approved.get(unit.id());
					ProposalStore.Standing standing = standings.get(unit.id());
					return new UnitStanding(unit, standing.stage(), standing.target(),
							(lhe != null) ? lhe.number() : null, (lhe != null) ? lhe.date() : null,
							(lhe != null) ? lhe.gate() : null, proposed.get(unit.id()));
				}).toList(), this.store.proposals(year, institutionId, this.institutions::workUnits));
	}

	/**
	 * A unit of the head's institution: its LHE of the period with the scores and the
	 * gate, if it has one.
	 */
	@Transactional(readOnly = true)
	public Optional<ApprovedLhe> lheOf(long unitId, int year, Actor head) {
		this.access.requireInstansiHeadOf(head, this.institutions.workUnit(unitId).institutionId());
		return this.lhes.of(unitId, year);
	}

	/** A unit of the head's institution. */
	@Transactional(readOnly = true)
	public WorkUnitSummary unitOf(long unitId, Actor head) {
		WorkUnitSummary unit = this.institutions.workUnit(unitId);
		this.access.requireInstansiHeadOf(head, unit.institutionId());
		return unit;
	}

	/**
	 * The check before a proposal is sent: the units chosen as they stand, or every
	 * problem at once (no unit, a unit the gate does not let through, the cover letter's
	 * number or date). The letters' files are asked for on the check page and checked
	 * when it is confirmed, so that a confirmation is refused only for a file.
	 * @return the units chosen, as they stand
	 */
	@Transactional(readOnly = true)
	public List<UnitStanding> check(Actor head, int year, Collection<Long> unitIds, String letterNumber,
			LocalDate letterDate) {
		long institutionId = institutionOf(head);
		this.access.requireInstansiHeadOf(head, institutionId);
		this.periods.requireOpen(year, PeriodService.Stage.PROPOSAL);
		return checked(institutionId, year, unitIds, letterNumber, letterDate);
	}

	/**
	 * Proposes eligible units of the head's institution to KemenPAN-RB: all or none, each
	 * one passing the gate now, inside the proposal window.
	 * @return the proposal
	 */
	@Transactional
	public Proposal propose(Actor head, int year, Collection<Long> unitIds, String letterNumber, LocalDate letterDate,
			Letter coverLetter, Letter sptjm) {
		long institutionId = institutionOf(head);
		this.access.requireInstansiHeadOf(head, institutionId);
		this.periods.requireOpen(year, PeriodService.Stage.PROPOSAL);
		List<UnitStanding> chosen = checked(institutionId, year, unitIds, letterNumber, letterDate);
		String number = Text.cleanLine(letterNumber);
		List<ProposalRuleException> missing = new ArrayList<>();
		if (Letter.isEmpty(coverLetter)) {
			missing.add(new ProposalRuleException("coverLetter", "proposal.rule.coverLetterRequired"));
		}
		if (Letter.isEmpty(sptjm)) {
			missing.add(new ProposalRuleException("sptjm", "proposal.rule.sptjmRequired"));
		}
		if (!missing.isEmpty()) {
			throw new ProposalRuleException(missing);
		}
		DocumentView cover = pdf("coverLetter", coverLetter, head);
		DocumentView statement = pdf("sptjm", sptjm, head);
		Instant now = this.clock.instant();
		long proposalId = this.store.insert(institutionId, year, number, letterDate, cover.id(), statement.id(),
				head.username(), now);
		for (UnitStanding standing : chosen) {
			long unitId = standing.unit().id();
			this.store.insertUnit(proposalId, unitId, year, standing.targetPredicate(), standing.lheNumber());
			this.moves.proposed(unitId, "Usulan " + number, head);
		}
		this.audit.record(AuditRecord.worded(head, "PROPOSAL_SUBMITTED", "Proposal", proposalId, null, number, year));
		Proposal proposal = proposal(proposalId, head);
		this.events.publishEvent(
				new UnitsProposed(proposalId, proposal.institutionName(), year, number, proposal.units().size()));
		return proposal;
	}

	/** A proposal, for the head of its institution or the TPN. */
	@Transactional(readOnly = true)
	public Proposal proposal(long proposalId, Actor reader) {
		Proposal proposal = this.store.proposal(proposalId, this.institutions::workUnits)
			.orElseThrow(() -> new NotFoundException("proposal.notFound", proposalId));
		requireReader(proposal, reader);
		return proposal;
	}

	/**
	 * The proposal's cover letter or SPTJM, for the head of its institution or the TPN.
	 */
	@Transactional(readOnly = true)
	public DocumentContent letter(long proposalId, boolean sptjm, Actor reader) {
		Proposal proposal = proposal(proposalId, reader);
		return this.documents.content(sptjm ? proposal.sptjmDocumentId() : proposal.coverLetterDocumentId());
	}

	/**
	 * The instansi objects (sanggah) to the TPN's selection of a unit: once, within the
	 * period's objection days after the selection.
	 */
	@Transactional
	public void object(long unitId, int year, String objection, Actor head) {
		this.access.requireInstansiHeadOf(head, this.institutions.workUnit(unitId).institutionId());
		ProposalStore.Row row = this.store.lockUnit(unitId, year)
			.orElseThrow(() -> new NotFoundException("proposal.unitNotProposed", year));
		if (row.selection() == null) {
			throw new ProposalRuleException("objection", "proposal.rule.notSelectedYet");
		}
		if (row.objection() != null) {
			throw new ProposalRuleException("objection", "proposal.rule.alreadyObjected");
		}
		if (row.result() != null) {
			throw new ProposalRuleException("objection", "proposal.rule.resultRecorded");
		}
		ProgrammePeriod period = this.periods.of(year).orElseThrow();
		LocalDate selectedOn = LocalDate.ofInstant(row.selectedAt(), this.clock.getZone());
		LocalDate lastDay = selectedOn.plusDays(period.objectionDays());
		if (this.periods.today().isAfter(lastDay)) {
			throw new ProposalRuleException("objection", "proposal.rule.objectionTooLate", lastDay);
		}
		String given = Text.clean(objection);
		if (given == null) {
			throw new ProposalRuleException("objection", "proposal.rule.objectionRequired");
		}
		Text.requireAtMost(given, 4000, "proposal.objection");
		this.store.update(unitId, year, row.version(), "objection = :objection, objected_by = :by, objected_at = :at",
				Map.of("objection", given, "by", head.username(), "at", Timestamp.from(this.clock.instant())));
		this.audit
			.record(AuditRecord.worded(head, "SELECTION_OBJECTED", "ProposedUnit", unitId + "/" + year, unitId, given));
	}

	private void requireReader(Proposal proposal, Actor reader) {
		if (reader.role() == ActorRole.TPN) {
			this.access.requireTpn(reader);
		}
		else {
			this.access.requireInstansiHeadOf(reader, proposal.institutionId());
		}
	}

	private List<UnitStanding> checked(long institutionId, int year, Collection<Long> unitIds, String letterNumber,
			LocalDate letterDate) {
		List<ProposalRuleException> problems = new ArrayList<>();
		Set<Long> chosen = new LinkedHashSet<>(unitIds);
		if (chosen.isEmpty()) {
			problems.add(new ProposalRuleException("unitIds", "proposal.rule.noUnit"));
		}
		String number = Text.cleanLine(letterNumber);
		if (number == null) {
			problems.add(new ProposalRuleException("letterNumber", "proposal.rule.letterNumberRequired"));
		}
		else {
			Text.requireAtMost(number, LETTER_NUMBER_LENGTH, "proposal.letterNumber");
		}
		if (letterDate == null) {
			problems.add(new ProposalRuleException("letterDate", "proposal.rule.letterDateRequired"));
		}
		else if (letterDate.isAfter(this.periods.today())) {
			problems.add(new ProposalRuleException("letterDate", "proposal.rule.letterDateInFuture"));
		}
		Map<Long, ApprovedLhe> approved = this.lhes.of(chosen, year);
		Map<Long, ProposedUnit> proposed = proposed(chosen, year);
		List<UnitStanding> standings = new ArrayList<>();
		for (Long unitId : chosen) {
			WorkUnitSummary unit = this.institutions.workUnit(unitId);
			if (unit.institutionId() != institutionId) {
				throw new ForbiddenException("error.forbidden.notInstansiHead");
			}
			ProgrammeView programme = this.workflow.programme(unitId);
			ApprovedLhe lhe = approved.get(unitId);
			UnitStanding standing = new UnitStanding(unit, programme.stage(), programme.targetPredicate(),
					(lhe != null) ? lhe.number() : null, (lhe != null) ? lhe.date() : null,
					(lhe != null) ? lhe.gate() : null, proposed.get(unitId));
			if (!standing.eligible()) {
				problems.add(new ProposalRuleException("unitIds", "proposal.rule.notEligible", unit.name()));
			}
			standings.add(standing);
		}
		if (!problems.isEmpty()) {
			throw new ProposalRuleException(problems);
		}
		return standings;
	}

	private DocumentView pdf(String field, Letter letter, Actor head) {
		DocumentView stored = this.documents.uploadRecord(letter.fileName(), letter.content(), head);
		if (!PDF.equals(stored.mediaType())) {
			throw new ProposalRuleException(field, "proposal.rule.pdfOnly");
		}
		return stored;
	}

	private Map<Long, ProposedUnit> proposed(Collection<Long> unitIds, int year) {
		Map<Long, ProposedUnit> proposed = new HashMap<>();
		Map<Long, ProposalStore.Row> rows = this.store.unitsOf(unitIds, year);
		if (!rows.isEmpty()) {
			this.institutions.workUnits(rows.keySet())
				.forEach((unit) -> proposed.put(unit.id(), rows.get(unit.id()).with(unit)));
		}
		return proposed;
	}

	/**
	 * A letter as uploaded.
	 *
	 * @param fileName its name
	 * @param content its bytes
	 */
	public record Letter(String fileName, byte[] content) {

		static boolean isEmpty(Letter letter) {
			return letter == null || letter.content() == null || letter.content().length == 0;
		}

	}

}
