package id.zonaintegritas.declaration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import id.zonaintegritas.declaration.DeclarationRuleException.Reason;
import id.zonaintegritas.shared.DatePrecision;
import id.zonaintegritas.shared.Predicate;
import id.zonaintegritas.shared.ProgrammeDates;
import id.zonaintegritas.shared.Text;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A pencanangan: the public declaration of a unit that it is ready to build an integrity
 * zone. Prepared as a draft, then submitted, after which it is a public record: it
 * changes only by an amendment with a reason, which keeps the version it replaces (ADR
 * 0010).
 */
@Entity
@Table(name = "declaration")
class Declaration {

	private static final Pattern WEB_ADDRESS = Pattern.compile("^https?://[^\\s<>\"]+$");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "work_unit_id", nullable = false, updatable = false)
	private long workUnitId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DeclarationStatus status = DeclarationStatus.DRAFT;

	@Column(name = "declared_on")
	private LocalDate declaredOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "declared_on_precision", nullable = false)
	private DatePrecision declaredOnPrecision = DatePrecision.DAY;

	private String venue;

	@Column(name = "official_name")
	private String officialName;

	@Column(name = "official_position")
	private String officialPosition;

	@Enumerated(EnumType.STRING)
	@Column(name = "target_predicate", nullable = false)
	private Predicate targetPredicate = Predicate.WBK;

	private String description;

	@Column(name = "legal_basis")
	private String legalBasis;

	@Column(name = "created_by", nullable = false, updatable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Version
	private long version;

	/**
	 * Which version of the public record this is: 1 as submitted, one more per amendment.
	 */
	@Column(nullable = false)
	private int revision = 1;

	@ElementCollection
	@CollectionTable(name = "witness", joinColumns = @JoinColumn(name = "declaration_id"))
	@OrderColumn(name = "position_in_list")
	private List<Witness> witnesses = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "declaration_document", joinColumns = @JoinColumn(name = "declaration_id"))
	private List<AttachedDocument> documents = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "declaration_press_link", joinColumns = @JoinColumn(name = "declaration_id"))
	private List<PressLink> pressLinks = new ArrayList<>();

	/**
	 * The units below the declaring unit that declared with it in the same ceremony; the
	 * declaration is theirs too.
	 */
	@ElementCollection
	@CollectionTable(name = "declaration_unit", joinColumns = @JoinColumn(name = "declaration_id"))
	@Column(name = "work_unit_id")
	private Set<Long> coDeclaredUnitIds = new TreeSet<>();

	protected Declaration() {
	}

	private Declaration(long workUnitId, String createdBy, Instant createdAt) {
		this.workUnitId = workUnitId;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	static Declaration draft(long workUnitId, String createdBy, Instant now) {
		return new Declaration(workUnitId, createdBy, now);
	}

	/**
	 * Sets the units that declare with the declaring unit (all of them at once); a draft
	 * only, like the rest of what it says.
	 */
	void declareWith(Set<Long> unitIds) {
		requireDraft();
		this.coDeclaredUnitIds.clear();
		this.coDeclaredUnitIds.addAll(unitIds);
	}

	/**
	 * Corrects which units declared with the declaring unit, by an amendment: the content
	 * it replaces is returned, to be kept as the previous version; the revision goes up
	 * by one.
	 */
	DeclarationVersion amendDeclaredTogether(Set<Long> unitIds, String reason, Instant publicSince, String by,
			Instant now) {
		DeclarationVersion replaced = replacedBy(reason, publicSince, by, now);
		if (this.coDeclaredUnitIds.equals(unitIds)) {
			throw new DeclarationRuleException(Reason.NOTHING_AMENDED);
		}
		this.coDeclaredUnitIds.clear();
		this.coDeclaredUnitIds.addAll(unitIds);
		this.revision++;
		return replaced;
	}

	/** Replaces what the declaration says, its witnesses and its press links. */
	void revise(DeclarationDetails details, List<Witness> newWitnesses, List<PressLink> newPressLinks,
			LocalDate today) {
		requireDraft();
		check(details, newWitnesses, newPressLinks, today);
		replaceContent(details, newWitnesses, newPressLinks);
	}

	/**
	 * Corrects the public record. The content it replaces is returned, to be kept as the
	 * previous version; the revision goes up by one.
	 */
	DeclarationVersion amend(DeclarationAmendment amendment, Instant publicSince, String by, Instant now,
			LocalDate today) {
		DeclarationVersion replaced = replacedBy(amendment.reason(), publicSince, by, now);
		check(amendment.details(), amendment.witnesses(), amendment.pressLinks(), today);
		replaceContent(amendment.details(), amendment.witnesses(), amendment.pressLinks());
		requireComplete();
		if (sameContentAs(replaced)) {
			throw new DeclarationRuleException(Reason.NOTHING_AMENDED);
		}
		this.revision++;
		return replaced;
	}

	/**
	 * The public record as it stands, to be kept when an amendment with this reason
	 * replaces it; refused unless the declaration is submitted and the reason given.
	 */
	private DeclarationVersion replacedBy(String reason, Instant publicSince, String by, Instant now) {
		if (this.status != DeclarationStatus.SUBMITTED) {
			throw new DeclarationRuleException(Reason.NOT_SUBMITTED);
		}
		if (reason == null || reason.isBlank()) {
			throw new DeclarationRuleException(Reason.AMENDMENT_REASON_REQUIRED);
		}
		Text.requireAtMost(reason.strip(), DeclarationAmendment.REASON_LENGTH, "declaration.amendment.reason");
		return new DeclarationVersion(this.id, this.revision, this.declaredOn, this.venue, this.officialName,
				this.officialPosition, this.targetPredicate, this.description, this.legalBasis,
				List.copyOf(this.witnesses), List.copyOf(this.pressLinks), publicSince, reason.strip(), by, now,
				this.declaredOnPrecision, Set.copyOf(this.coDeclaredUnitIds));
	}

	private boolean sameContentAs(DeclarationVersion version) {
		return sameContentAs(version.declaredOn(), version.declaredOnPrecision(), version.venue(),
				version.officialName(), version.officialPosition(), version.targetPredicate(), version.description(),
				version.legalBasis(), version.witnesses(), version.pressLinks());
	}

	/** Whether an amendment would leave the public record as it is. */
	boolean unchangedBy(DeclarationAmendment amendment) {
		DeclarationDetails details = amendment.details();
		return sameContentAs(details.declaredOn(), details.declaredOnPrecision(), Text.clean(details.venue()),
				Text.clean(details.officialName()), Text.clean(details.officialPosition()),
				(details.targetPredicate() != null) ? details.targetPredicate() : Predicate.WBK,
				Text.clean(details.description()), Text.clean(details.legalBasis()), amendment.witnesses(),
				amendment.pressLinks());
	}

	private boolean sameContentAs(LocalDate declaredOn, DatePrecision precision, String venue, String officialName,
			String officialPosition, Predicate targetPredicate, String description, String legalBasis,
			List<Witness> witnesses, List<PressLink> pressLinks) {
		return Objects.equals(this.declaredOn, declaredOn) && this.declaredOnPrecision == precision
				&& Objects.equals(this.venue, venue) && Objects.equals(this.officialName, officialName)
				&& Objects.equals(this.officialPosition, officialPosition) && this.targetPredicate == targetPredicate
				&& Objects.equals(this.description, description) && Objects.equals(this.legalBasis, legalBasis)
				// Copied: Hibernate's bag compares by identity, not by its elements.
				&& List.copyOf(this.witnesses).equals(witnesses) && List.copyOf(this.pressLinks).equals(pressLinks);
	}

	/** What the rules say of a declaration's date: not in the future, not before 2014. */
	static List<Reason> dateProblems(LocalDate declaredOn, LocalDate today) {
		if (declaredOn != null && declaredOn.isAfter(today)) {
			return List.of(Reason.DATE_IN_FUTURE);
		}
		return ProgrammeDates.beforeProgramme(declaredOn) ? List.of(Reason.DATE_BEFORE_PROGRAMME) : List.of();
	}

	private static void check(DeclarationDetails details, List<Witness> newWitnesses, List<PressLink> newPressLinks,
			LocalDate today) {
		dateProblems(details.declaredOn(), today).stream().findFirst().ifPresent((problem) -> {
			throw new DeclarationRuleException(problem);
		});
		details.requireLengths();
		newWitnesses.forEach(Witness::requireLengths);
		newPressLinks.forEach(PressLink::requireLengths);
		newPressLinks.stream()
			.filter((link) -> link.url() == null || !WEB_ADDRESS.matcher(link.url()).matches())
			.findFirst()
			.ifPresent((link) -> {
				throw new DeclarationRuleException(Reason.INVALID_PRESS_LINK, link.url());
			});
	}

	private void replaceContent(DeclarationDetails details, List<Witness> newWitnesses, List<PressLink> newPressLinks) {
		this.declaredOn = details.declaredOn();
		this.declaredOnPrecision = details.declaredOnPrecision();
		this.venue = Text.clean(details.venue());
		this.officialName = Text.clean(details.officialName());
		this.officialPosition = Text.clean(details.officialPosition());
		this.targetPredicate = (details.targetPredicate() != null) ? details.targetPredicate() : Predicate.WBK;
		this.description = Text.clean(details.description());
		this.legalBasis = Text.clean(details.legalBasis());
		this.witnesses.clear();
		this.witnesses.addAll(newWitnesses);
		this.pressLinks.clear();
		this.pressLinks.addAll(newPressLinks);
	}

	void attach(long documentId, DocumentKind kind) {
		requireDraft();
		this.documents.removeIf((attached) -> attached.documentId() == documentId);
		this.documents.add(new AttachedDocument(documentId, kind));
	}

	void detach(long documentId) {
		requireDraft();
		this.documents.removeIf((attached) -> attached.documentId() == documentId);
	}

	/**
	 * Makes the declaration a public record; it must say when, where, who, and be
	 * witnessed.
	 */
	void submit(Instant now) {
		requireDraft();
		requireComplete();
		this.status = DeclarationStatus.SUBMITTED;
		this.submittedAt = now;
	}

	/** What a declaration needs before it is public: when, where, who, and witnesses. */
	List<Reason> missing() {
		List<Reason> missing = new ArrayList<>();
		if (this.declaredOn == null || this.venue == null || this.officialName == null
				|| this.officialPosition == null) {
			missing.add(Reason.INCOMPLETE);
		}
		if (this.witnesses.isEmpty()) {
			missing.add(Reason.NO_WITNESS);
		}
		return missing;
	}

	private void requireComplete() {
		missing().stream().findFirst().ifPresent((reason) -> {
			throw new DeclarationRuleException(reason);
		});
	}

	private void requireDraft() {
		if (this.status != DeclarationStatus.DRAFT) {
			throw new DeclarationRuleException(Reason.READ_ONLY_ONCE_SUBMITTED);
		}
	}

	DeclarationView toView() {
		return new DeclarationView(this.id, this.workUnitId, this.status, this.declaredOn, this.venue,
				this.officialName, this.officialPosition, this.targetPredicate, this.description, this.legalBasis,
				this.createdBy, this.submittedAt, List.copyOf(this.witnesses), List.copyOf(this.documents),
				List.copyOf(this.pressLinks), this.revision, Set.copyOf(this.coDeclaredUnitIds),
				this.declaredOnPrecision);
	}

	Long getId() {
		return this.id;
	}

	long getWorkUnitId() {
		return this.workUnitId;
	}

	DeclarationStatus getStatus() {
		return this.status;
	}

	int getRevision() {
		return this.revision;
	}

	Instant getSubmittedAt() {
		return this.submittedAt;
	}

	Predicate getTargetPredicate() {
		return this.targetPredicate;
	}

}
