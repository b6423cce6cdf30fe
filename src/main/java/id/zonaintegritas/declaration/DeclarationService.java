package id.zonaintegritas.declaration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import id.zonaintegritas.account.AccessGuard;
import id.zonaintegritas.audit.AuditRecord;
import id.zonaintegritas.audit.AuditTrail;
import id.zonaintegritas.declaration.DeclarationRuleException.Reason;
import id.zonaintegritas.document.DocumentService;
import id.zonaintegritas.institution.InstitutionService;
import id.zonaintegritas.institution.WorkUnitSummary;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ConflictException;
import id.zonaintegritas.shared.DatePrecision;
import id.zonaintegritas.shared.NotFoundException;
import id.zonaintegritas.shared.Predicate;
import id.zonaintegritas.shared.SerialWork;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files a unit's pencanangan: saves it as a draft (with its witnesses, press coverage and
 * documents), submits it as a public record, and corrects that record by amendments that
 * keep every version it replaces. Each command is one transaction, audited in it.
 */
@Service
@Transactional(readOnly = true)
public class DeclarationService {

	private final DeclarationRepository declarations;

	private final DocumentService documents;

	private final AuditTrail audit;

	private final Clock clock;

	private final AccessGuard access;

	private final SerialWork serial;

	private final JdbcClient jdbc;

	private final InstitutionService institutions;

	private final JsonMapper json = JsonMapper.builder().build();

	DeclarationService(DeclarationRepository declarations, DocumentService documents, AuditTrail audit, Clock clock,
			AccessGuard access, SerialWork serial, JdbcClient jdbc, InstitutionService institutions) {
		this.institutions = institutions;
		this.declarations = declarations;
		this.documents = documents;
		this.audit = audit;
		this.clock = clock;
		this.access = access;
		this.serial = serial;
		this.jdbc = jdbc;
	}

	/**
	 * Saves what the unit's draft declaration says, its witnesses and press links
	 * (replacing the former ones), and stores and attaches the uploaded files; starts the
	 * draft if the unit has none. All or nothing: a refused file leaves the draft as it
	 * was. A unit declares once towards each predicate: a submitted declaration is
	 * corrected by {@link #amend}, never by declaring again.
	 */
	@Transactional
	public DeclarationView saveDraft(long workUnitId, DeclarationDraft draft, Actor actor) {
		this.access.requireStaffOf(actor, workUnitId);
		this.serial.claim(SerialWork.Subject.DECLARATION, workUnitId);
		Predicate target = (draft.details().targetPredicate() != null) ? draft.details().targetPredicate()
				: Predicate.WBK;
		if (this.declarations.existsSubmitted(workUnitId, target)) {
			throw new DeclarationRuleException(Reason.ALREADY_DECLARED);
		}
		Declaration declaration = draftOf(workUnitId, actor);
		declaration.revise(draft.details(), draft.witnesses(), draft.pressLinks(), LocalDate.now(this.clock));
		attach(declaration, draft.uploads(), actor);
		this.audit.record(AuditRecord.worded(actor, "DECLARATION_SAVED", "Declaration", declaration.getId(), workUnitId,
				draft.witnesses().size(), draft.uploads().size()));
		return declaration.toView();
	}

	/**
	 * Stores and attaches files chosen on the form when the form goes back to the user
	 * without being saved (a row added or removed, a field to correct): a file input
	 * cannot be filled again, so the files are kept on the draft, where they can be let
	 * go of. What the form says is not saved. All or nothing.
	 */
	@Transactional
	public DeclarationView keepUploads(long workUnitId, List<Upload> uploads, Actor actor) {
		this.access.requireStaffOf(actor, workUnitId);
		this.serial.claim(SerialWork.Subject.DECLARATION, workUnitId);
		Declaration declaration = draftOf(workUnitId, actor);
		attach(declaration, uploads, actor);
		this.audit.record(AuditRecord.worded(actor, "DECLARATION_SAVED", "Declaration", declaration.getId(), workUnitId,
				declaration.toView().witnesses().size(), uploads.size()));
		return declaration.toView();
	}

	private Declaration draftOf(long workUnitId, Actor actor) {
		Optional<Declaration> existing = this.declarations.findLatest(workUnitId, DeclarationStatus.DRAFT);
		Declaration declaration = existing.orElseGet(
				() -> this.declarations.save(Declaration.draft(workUnitId, actor.username(), this.clock.instant())));
		if (existing.isEmpty()) {
			this.audit.record(
					AuditRecord.worded(actor, "DECLARATION_DRAFTED", "Declaration", declaration.getId(), workUnitId));
		}
		return declaration;
	}

	private void attach(Declaration declaration, List<Upload> uploads, Actor actor) {
		for (Upload upload : uploads) {
			long documentId = this.documents
				.upload(declaration.getWorkUnitId(), upload.fileName(), upload.content(), actor)
				.id();
			declaration.attach(documentId, upload.kind());
		}
	}

	/**
	 * Takes a document off the unit's draft declaration; the document stays in the
	 * library.
	 */
	@Transactional
	public DeclarationView removeDocument(long workUnitId, long documentId, Actor actor) {
		this.access.requireStaffOf(actor, workUnitId);
		Declaration declaration = this.declarations.findLatest(workUnitId, DeclarationStatus.DRAFT)
			.orElseThrow(() -> new DeclarationRuleException(Reason.READ_ONLY_ONCE_SUBMITTED));
		declaration.detach(documentId);
		this.audit.record(AuditRecord.worded(actor, "DECLARATION_DOCUMENT_REMOVED", "Declaration", declaration.getId(),
				workUnitId, documentId));
		return declaration.toView();
	}

	/**
	 * Makes the unit's draft the public record. It must say when, where and who, and be
	 * witnessed.
	 */
	@Transactional
	public DeclarationView submit(long workUnitId, Actor actor) {
		this.access.requireStaffOf(actor, workUnitId);
		this.serial.claim(SerialWork.Subject.DECLARATION, workUnitId);
		Declaration declaration = this.declarations.findLatest(workUnitId, DeclarationStatus.DRAFT)
			.orElseThrow(() -> new DeclarationRuleException(Reason.INCOMPLETE));
		declaration.submit(this.clock.instant());
		this.audit.record(AuditRecord
			.worded(actor, "DECLARATION_SUBMITTED", "Declaration", declaration.getId(), workUnitId,
					declaration.toView().witnesses().size())
			.withChange(Map.of("status", DeclarationStatus.DRAFT), Map.of("status", DeclarationStatus.SUBMITTED)));
		return declaration.toView();
	}

	/**
	 * Corrects the unit's submitted declaration. The version it replaces is kept, whole,
	 * with the reason, and stays readable on the public page. {@code expectedRevision} is
	 * the revision the form showed: if another amendment came first, nothing changes.
	 */
	@Transactional
	public DeclarationView amend(long workUnitId, int expectedRevision, DeclarationAmendment amendment, Actor actor) {
		Declaration declaration = toAmend(workUnitId, expectedRevision, actor);
		Predicate target = (amendment.details().targetPredicate() != null) ? amendment.details().targetPredicate()
				: Predicate.WBK;
		if (target != declaration.getTargetPredicate() && this.declarations.existsSubmitted(workUnitId, target)) {
			throw new DeclarationRuleException(Reason.ALREADY_DECLARED);
		}
		DeclarationView before = declaration.toView();
		DeclarationVersion replaced = declaration.amend(amendment, publicSince(declaration), actor.username(),
				this.clock.instant(), LocalDate.now(this.clock));
		return amended(declaration, before, replaced, actor);
	}

	/**
	 * The unit's submitted declaration, for its staff to amend, claimed for the
	 * transaction; a conflict if another amendment came since the staff member saw
	 * {@code expectedRevision}.
	 */
	private Declaration toAmend(long workUnitId, int expectedRevision, Actor actor) {
		this.access.requireStaffOf(actor, workUnitId);
		this.serial.claim(SerialWork.Subject.DECLARATION, workUnitId);
		Declaration declaration = this.declarations.findLatest(workUnitId, DeclarationStatus.SUBMITTED)
			.orElseThrow(() -> new DeclarationRuleException(Reason.NOT_SUBMITTED));
		if (declaration.getRevision() != expectedRevision) {
			throw new ConflictException("declaration.conflict.amendedMeanwhile", expectedRevision,
					declaration.getRevision());
		}
		return declaration;
	}

	/** Keeps the version an amendment replaced and records the amendment in the trail. */
	private DeclarationView amended(Declaration declaration, DeclarationView before, DeclarationVersion replaced,
			Actor actor) {
		keep(replaced);
		this.declarations.flush();
		DeclarationView after = declaration.toView();
		this.audit.record(AuditRecord
			.worded(actor, "DECLARATION_AMENDED", "Declaration", declaration.getId(), declaration.getWorkUnitId(),
					replaced.revision(), replaced.amendmentReason())
			.withChange(publicContent(before), publicContent(after)));
		return after;
	}

	/**
	 * Corrects, by an amendment with its reason, which units below the unit declared with
	 * it in the ceremony of its submitted declaration: the version it replaces is kept,
	 * with the units it listed. {@code expectedRevision} is the revision the staff member
	 * saw.
	 */
	@Transactional
	public DeclarationView amendDeclaredTogether(long workUnitId, int expectedRevision, Set<Long> unitIds,
			String reason, Actor actor) {
		Declaration declaration = toAmend(workUnitId, expectedRevision, actor);
		requireBelow(workUnitId, unitIds);
		DeclarationView before = declaration.toView();
		DeclarationVersion replaced = declaration.amendDeclaredTogether(unitIds, reason, publicSince(declaration),
				actor.username(), this.clock.instant());
		return amended(declaration, before, replaced, actor);
	}

	private void requireBelow(long workUnitId, Set<Long> unitIds) {
		Set<Long> below = this.institutions.unitsBelow(workUnitId)
			.stream()
			.map(WorkUnitSummary::id)
			.collect(Collectors.toSet());
		if (!below.containsAll(unitIds)) {
			throw new DeclarationRuleException(Reason.NOT_BELOW);
		}
	}

	/**
	 * The unit's own newest declaration, draft included, for its own staff to prepare or
	 * amend (not one it declared with: the declaring unit's staff keep that one).
	 */
	public Optional<DeclarationView> newestForStaff(long workUnitId, Actor actor) {
		this.access.requireStaffOf(actor, workUnitId);
		return this.declarations.findNewest(workUnitId).map(Declaration::toView);
	}

	/**
	 * The newest declaration the unit's staff sign their pact under, for them: the unit's
	 * own, or the one it declared with.
	 */
	public Optional<DeclarationView> newestDeclaringForStaff(long workUnitId, Actor actor) {
		this.access.requireStaffOf(actor, workUnitId);
		return newest(workUnitId);
	}

	/**
	 * The units below this unit that declare with it in the ceremony of its draft, all of
	 * them at once (none: the unit declares alone). Only units below it; once submitted,
	 * they change by {@link #amendDeclaredTogether an amendment}, like the rest of what
	 * it says.
	 */
	@Transactional
	public DeclarationView declareWith(long workUnitId, Set<Long> unitIds, Actor actor) {
		this.access.requireStaffOf(actor, workUnitId);
		this.serial.claim(SerialWork.Subject.DECLARATION, workUnitId);
		Declaration declaration = this.declarations.findLatest(workUnitId, DeclarationStatus.DRAFT)
			.orElseThrow(() -> new DeclarationRuleException(Reason.READ_ONLY_ONCE_SUBMITTED));
		requireBelow(workUnitId, unitIds);
		declaration.declareWith(unitIds);
		this.audit.record(AuditRecord.worded(actor, "DECLARATION_UNITS_SET", "Declaration", declaration.getId(),
				workUnitId, unitIds.size()));
		return declaration.toView();
	}

	/**
	 * The unit's submitted declaration as it stands now, for its own staff to amend;
	 * refused when the unit has submitted none.
	 */
	public DeclarationView submittedForStaff(long workUnitId, Actor actor) {
		this.access.requireStaffOf(actor, workUnitId);
		return this.declarations.findLatest(workUnitId, DeclarationStatus.SUBMITTED)
			.map(Declaration::toView)
			.orElseThrow(() -> new DeclarationRuleException(Reason.NOT_SUBMITTED));
	}

	/**
	 * What this amendment would break beyond the form's own checks, every problem at once
	 * and without making it: checked before its check page is shown.
	 */
	@Transactional(readOnly = true)
	public List<Reason> problemsOfAmendment(long workUnitId, DeclarationAmendment amendment, Actor actor) {
		this.access.requireStaffOf(actor, workUnitId);
		Declaration declaration = this.declarations.findLatest(workUnitId, DeclarationStatus.SUBMITTED)
			.orElseThrow(() -> new DeclarationRuleException(Reason.NOT_SUBMITTED));
		List<Reason> problems = new ArrayList<>(
				Declaration.dateProblems(amendment.details().declaredOn(), LocalDate.now(this.clock)));
		Predicate target = (amendment.details().targetPredicate() != null) ? amendment.details().targetPredicate()
				: Predicate.WBK;
		if (target != declaration.getTargetPredicate() && this.declarations.existsSubmitted(workUnitId, target)) {
			problems.add(Reason.ALREADY_DECLARED);
		}
		if (declaration.unchangedBy(amendment)) {
			problems.add(Reason.NOTHING_AMENDED);
		}
		return problems;
	}

	/**
	 * What saving this draft would break beyond the form's own checks, every problem at
	 * once and without saving it: for a form whose own checks failed too.
	 */
	@Transactional(readOnly = true)
	public List<Reason> problemsOfDraft(long workUnitId, DeclarationDetails details, Actor actor) {
		this.access.requireStaffOf(actor, workUnitId);
		List<Reason> problems = new ArrayList<>(
				Declaration.dateProblems(details.declaredOn(), LocalDate.now(this.clock)));
		Predicate target = (details.targetPredicate() != null) ? details.targetPredicate() : Predicate.WBK;
		if (this.declarations.existsSubmitted(workUnitId, target)) {
			problems.add(Reason.ALREADY_DECLARED);
		}
		return problems;
	}

	/** What the unit's draft still lacks before it can be submitted, in order. */
	public List<Reason> missingForSubmission(long workUnitId, Actor actor) {
		this.access.requireStaffOf(actor, workUnitId);
		return this.declarations.findLatest(workUnitId, DeclarationStatus.DRAFT)
			.map(Declaration::missing)
			.orElse(List.of(Reason.INCOMPLETE));
	}

	public DeclarationView declaration(long declarationId) {
		return load(declarationId).toView();
	}

	/**
	 * The unit's most recent submitted declaration, its own or one it declared with: the
	 * one its programme stands on.
	 */
	public Optional<DeclarationView> latestSubmitted(long workUnitId) {
		return this.declarations.findLatestSubmittedDeclaring(workUnitId).map(Declaration::toView);
	}

	/**
	 * The unit's newest declaration: its own, draft or submitted, or a submitted one it
	 * declared with.
	 */
	public Optional<DeclarationView> newest(long workUnitId) {
		return this.declarations.findNewestDeclaring(workUnitId).map(Declaration::toView);
	}

	/**
	 * The id of {@link #newest the unit's newest declaration}, without reading its
	 * witnesses, documents and links.
	 */
	public Optional<Long> newestId(long workUnitId) {
		return this.declarations.findNewestDeclaringId(workUnitId);
	}

	/** The versions amendments replaced, oldest first: the public record's history. */
	public List<DeclarationVersion> replacedVersions(long declarationId) {
		return this.jdbc.sql(VERSIONS + " where declaration_id = :id order by revision")
			.param("id", declarationId)
			.query(this::version)
			.list();
	}

	/** One replaced version of a declaration, or a {@link NotFoundException}. */
	public DeclarationVersion replacedVersion(long declarationId, int revision) {
		return this.jdbc.sql(VERSIONS + " where declaration_id = :id and revision = :revision")
			.param("id", declarationId)
			.param("revision", revision)
			.query(this::version)
			.optional()
			.orElseThrow(() -> new NotFoundException("error.declarationVersion.notFound", revision));
	}

	private static final String VERSIONS = """
			select declaration_id, revision, declared_on, venue, official_name, official_position, target_predicate,
			       description, legal_basis, witnesses::text as witnesses, press_links::text as press_links,
			       public_since, amendment_reason, amended_by, amended_at, declared_on_precision,
			       co_declared_unit_ids
			from declaration_version
			""";

	private DeclarationVersion version(ResultSet rs, int row) throws SQLException {
		return new DeclarationVersion(rs.getLong("declaration_id"), rs.getInt("revision"),
				rs.getObject("declared_on", LocalDate.class), rs.getString("venue"), rs.getString("official_name"),
				rs.getString("official_position"), Predicate.valueOf(rs.getString("target_predicate")),
				rs.getString("description"), rs.getString("legal_basis"),
				this.json.readValue(rs.getString("witnesses"), new TypeReference<List<Witness>>() {
				}), this.json.readValue(rs.getString("press_links"), new TypeReference<List<PressLink>>() {
				}), rs.getObject("public_since", OffsetDateTime.class).toInstant(), rs.getString("amendment_reason"),
				rs.getString("amended_by"), rs.getObject("amended_at", OffsetDateTime.class).toInstant(),
				DatePrecision.of(rs.getString("declared_on_precision")),
				Set.of((Long[]) rs.getArray("co_declared_unit_ids").getArray()));
	}

	private void keep(DeclarationVersion version) {
		this.jdbc.sql("""
				insert into declaration_version (declaration_id, revision, declared_on, venue, official_name,
				    official_position, target_predicate, description, legal_basis, witnesses, press_links,
				    public_since, amendment_reason, amended_by, amended_at, declared_on_precision, co_declared_unit_ids)
				values (:declaration, :revision, :declaredOn, :venue, :officialName, :officialPosition, :target,
				    :description, :legalBasis, cast(:witnesses as jsonb), cast(:pressLinks as jsonb), :publicSince,
				    :reason, :amendedBy, :amendedAt, :precision, :coDeclared)
				""")
			.param("declaration", version.declarationId())
			.param("revision", version.revision())
			.param("declaredOn", version.declaredOn())
			.param("venue", version.venue())
			.param("officialName", version.officialName())
			.param("officialPosition", version.officialPosition())
			.param("target", version.targetPredicate().name())
			.param("description", version.description())
			.param("legalBasis", version.legalBasis())
			.param("witnesses", this.json.writeValueAsString(version.witnesses()))
			.param("pressLinks", this.json.writeValueAsString(version.pressLinks()))
			.param("publicSince", utc(version.publicSince()))
			.param("reason", version.amendmentReason())
			.param("amendedBy", version.amendedBy())
			.param("amendedAt", utc(version.amendedAt()))
			.param("precision", version.declaredOnPrecision().name())
			.param("coDeclared", version.coDeclaredUnitIds().toArray(Long[]::new))
			.update();
	}

	// The current version became public at the submission, or at the last amendment.
	private Instant publicSince(Declaration declaration) {
		if (declaration.getRevision() == 1) {
			return declaration.getSubmittedAt();
		}
		return replacedVersion(declaration.getId(), declaration.getRevision() - 1).amendedAt();
	}

	private static Map<String, Object> publicContent(DeclarationView view) {
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("revision", view.revision());
		content.put("declaredOn", view.declaredOnPrecision().iso(view.declaredOn()));
		content.put("venue", view.venue());
		content.put("official", view.officialName() + ", " + view.officialPosition());
		content.put("targetPredicate", view.targetPredicate());
		content.put("witnesses",
				view.witnesses().stream().map((w) -> w.personName() + " (" + w.organisationName() + ")").toList());
		content.put("pressLinks", view.pressLinks().stream().map(PressLink::url).toList());
		content.put("declaredWith", view.coDeclaredUnitIds().stream().sorted().toList());
		return content;
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private Declaration load(long declarationId) {
		return this.declarations.findById(declarationId)
			.orElseThrow(() -> new NotFoundException("error.declaration.notFound", declarationId));
	}

}
