package id.zonaintegritas.declaration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import id.zonaintegritas.declaration.DeclarationRuleException.Reason;
import id.zonaintegritas.shared.Predicate;
import id.zonaintegritas.shared.ProgrammeDates;
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
 * zone. Prepared as a draft, then submitted, after which it is a read-only public record.
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

	/** Replaces what the declaration says, its witnesses and its press links. */
	void revise(DeclarationDetails details, List<Witness> newWitnesses, List<PressLink> newPressLinks,
			LocalDate today) {
		requireDraft();
		if (details.declaredOn() != null && details.declaredOn().isAfter(today)) {
			throw new DeclarationRuleException(Reason.DATE_IN_FUTURE);
		}
		if (ProgrammeDates.beforeProgramme(details.declaredOn())) {
			throw new DeclarationRuleException(Reason.DATE_BEFORE_PROGRAMME);
		}
		details.requireLengths();
		newWitnesses.forEach(Witness::requireLengths);
		newPressLinks.forEach(PressLink::requireLengths);
		newPressLinks.stream()
			.filter((link) -> link.url() == null || !WEB_ADDRESS.matcher(link.url()).matches())
			.findFirst()
			.ifPresent((link) -> {
				throw new DeclarationRuleException(Reason.INVALID_PRESS_LINK, link.url());
			});
		this.declaredOn = details.declaredOn();
		this.venue = blankToNull(details.venue());
		this.officialName = blankToNull(details.officialName());
		this.officialPosition = blankToNull(details.officialPosition());
		this.targetPredicate = (details.targetPredicate() != null) ? details.targetPredicate() : Predicate.WBK;
		this.description = blankToNull(details.description());
		this.legalBasis = blankToNull(details.legalBasis());
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
		if (this.declaredOn == null || this.venue == null || this.officialName == null
				|| this.officialPosition == null) {
			throw new DeclarationRuleException(Reason.INCOMPLETE);
		}
		if (this.witnesses.isEmpty()) {
			throw new DeclarationRuleException(Reason.NO_WITNESS);
		}
		this.status = DeclarationStatus.SUBMITTED;
		this.submittedAt = now;
	}

	private void requireDraft() {
		if (this.status != DeclarationStatus.DRAFT) {
			throw new DeclarationRuleException(Reason.READ_ONLY_ONCE_SUBMITTED);
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	DeclarationView toView() {
		return new DeclarationView(this.id, this.workUnitId, this.status, this.declaredOn, this.venue,
				this.officialName, this.officialPosition, this.targetPredicate, this.description, this.legalBasis,
				this.createdBy, this.submittedAt, List.copyOf(this.witnesses), List.copyOf(this.documents),
				List.copyOf(this.pressLinks));
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

}
