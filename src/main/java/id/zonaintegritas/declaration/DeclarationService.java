package id.zonaintegritas.declaration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.zonaintegritas.account.AccessGuard;
import id.zonaintegritas.audit.AuditRecord;
import id.zonaintegritas.audit.AuditTrail;
import id.zonaintegritas.declaration.DeclarationRuleException.Reason;
import id.zonaintegritas.document.DocumentService;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Files a unit's pencanangan: drafts it, attaches its documents, submits it. */
@Service
@Transactional(readOnly = true)
public class DeclarationService {

	private final DeclarationRepository declarations;

	private final DocumentService documents;

	private final AuditTrail audit;

	private final Clock clock;

	private final AccessGuard access;

	DeclarationService(DeclarationRepository declarations, DocumentService documents, AuditTrail audit, Clock clock,
			AccessGuard access) {
		this.access = access;
		this.declarations = declarations;
		this.documents = documents;
		this.audit = audit;
		this.clock = clock;
	}

	/** Starts a new draft declaration for the unit; a unit prepares one at a time. */
	@Transactional
	public DeclarationView startDraft(long workUnitId, Actor actor) {
		this.access.requireStaffOf(actor, workUnitId);
		if (this.declarations.existsByWorkUnitIdAndStatus(workUnitId, DeclarationStatus.DRAFT)) {
			throw new DeclarationRuleException(Reason.DRAFT_EXISTS);
		}
		Declaration declaration = this.declarations
			.save(Declaration.draft(workUnitId, actor.username(), this.clock.instant()));
		this.audit.record(AuditRecord.of(actor, "DECLARATION_DRAFTED", "Declaration", declaration.getId(), workUnitId,
				"Draft declaration started"));
		return declaration.toView();
	}

	/**
	 * Saves what the draft says, with its witnesses and press links, replacing the former
	 * ones.
	 */
	@Transactional
	public DeclarationView saveDraft(long declarationId, DeclarationDetails details, List<Witness> witnesses,
			List<PressLink> pressLinks, Actor actor) {
		Declaration declaration = loadForStaff(declarationId, actor);
		declaration.revise(details, witnesses, pressLinks, LocalDate.now(this.clock));
		this.audit.record(AuditRecord.of(actor, "DECLARATION_SAVED", "Declaration", declarationId,
				declaration.getWorkUnitId(), witnesses.size() + " witness(es)"));
		return declaration.toView();
	}

	/**
	 * Attaches one of the unit's documents to the draft as its charter, minutes, photo…
	 */
	@Transactional
	public DeclarationView attachDocument(long declarationId, long documentId, DocumentKind kind, Actor actor) {
		Declaration declaration = loadForStaff(declarationId, actor);
		this.documents.requireAllOfWorkUnit(declaration.getWorkUnitId(), List.of(documentId));
		declaration.attach(documentId, kind);
		this.audit.record(AuditRecord.of(actor, "DECLARATION_DOCUMENT_ATTACHED", "Declaration", declarationId,
				declaration.getWorkUnitId(), kind + " document " + documentId));
		return declaration.toView();
	}

	/** Makes the draft a public, read-only record. */
	@Transactional
	public DeclarationView submit(long declarationId, Actor actor) {
		Declaration declaration = loadForStaff(declarationId, actor);
		declaration.submit(this.clock.instant());
		this.audit.record(AuditRecord
			.of(actor, "DECLARATION_SUBMITTED", "Declaration", declarationId, declaration.getWorkUnitId(),
					"Declaration submitted")
			.withChange(Map.of("status", DeclarationStatus.DRAFT), Map.of("status", DeclarationStatus.SUBMITTED)));
		return declaration.toView();
	}

	/**
	 * The declaration form in one command: starts the unit's draft if it has none, saves
	 * what it says, stores and attaches the uploaded files, and submits it when asked.
	 * All or nothing: a refused file or a refused submission leaves the stored
	 * declaration unchanged.
	 */
	@Transactional
	public DeclarationView saveForm(long workUnitId, DeclarationDetails details, List<Witness> witnesses,
			List<PressLink> pressLinks, List<Upload> uploads, boolean submit, Actor actor) {
		this.access.requireStaffOf(actor, workUnitId);
		Declaration declaration = this.declarations.findLatest(workUnitId, DeclarationStatus.DRAFT)
			.orElseGet(() -> this.declarations
				.save(Declaration.draft(workUnitId, actor.username(), this.clock.instant())));
		declaration.revise(details, witnesses, pressLinks, LocalDate.now(this.clock));
		for (Upload upload : uploads) {
			long documentId = this.documents.upload(workUnitId, upload.fileName(), upload.content(), actor).id();
			declaration.attach(documentId, upload.kind());
		}
		if (submit) {
			declaration.submit(this.clock.instant());
		}
		this.audit.record(AuditRecord.of(actor, submit ? "DECLARATION_SUBMITTED" : "DECLARATION_SAVED", "Declaration",
				declaration.getId(), workUnitId, witnesses.size() + " witness(es), " + uploads.size() + " upload(s)"));
		return declaration.toView();
	}

	/** The unit's newest declaration, draft included, for its own staff. */
	public Optional<DeclarationView> newestForStaff(long workUnitId, Actor actor) {
		this.access.requireStaffOf(actor, workUnitId);
		return newest(workUnitId);
	}

	public DeclarationView declaration(long declarationId) {
		return load(declarationId).toView();
	}

	/** The unit's most recent submitted declaration: the one its programme stands on. */
	public Optional<DeclarationView> latestSubmitted(long workUnitId) {
		return this.declarations.findLatest(workUnitId, DeclarationStatus.SUBMITTED).map(Declaration::toView);
	}

	/** The unit's newest declaration, draft or submitted. */
	public Optional<DeclarationView> newest(long workUnitId) {
		return this.declarations.findNewest(workUnitId).map(Declaration::toView);
	}

	private Declaration loadForStaff(long declarationId, Actor actor) {
		Declaration declaration = load(declarationId);
		this.access.requireStaffOf(actor, declaration.getWorkUnitId());
		return declaration;
	}

	private Declaration load(long declarationId) {
		return this.declarations.findById(declarationId)
			.orElseThrow(() -> new NotFoundException("error.declaration.notFound", declarationId));
	}

}
