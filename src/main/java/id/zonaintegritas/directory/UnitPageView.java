package id.zonaintegritas.directory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import id.zonaintegritas.declaration.DeclarationVersion;
import id.zonaintegritas.declaration.DeclarationView;
import id.zonaintegritas.declaration.DocumentKind;
import id.zonaintegritas.document.DocumentView;
import id.zonaintegritas.institution.WorkUnitMoveView;
import id.zonaintegritas.institution.WorkUnitSummary;
import id.zonaintegritas.pact.PactCoverage;
import id.zonaintegritas.shared.ProgrammeDates;
import id.zonaintegritas.workflow.DesignationView;
import id.zonaintegritas.workflow.ProgrammeView;
import id.zonaintegritas.workflow.Stage;

/**
 * Everything a unit's public page shows, read once: only what a declaration made public
 * (no NIP, no e-mail, no draft, no evidence).
 *
 * @param unit the unit
 * @param programme where its programme stands and how it got there
 * @param declaration its public declaration (its own, or one it declared with), or
 * {@code null} if it has not declared
 * @param replacedVersions the versions amendments replaced, oldest first
 * @param publicDocuments the declaration's charter and photos
 * @param coverage the pact coverage of that same declaration
 * @param canonicalUrl the page's public address
 * @param proposals its proposals to KemenPAN-RB and the TPN's outcomes, newest first
 * @param surveys its surveys' indices per quarter, newest period first
 * @param unitsBelow the first units right below it, by name
 * @param unitsBelowCount how many units sit right below it
 * @param moves its moves between institutions, oldest first
 * @param peers the units of its regency or city
 * @param declaringUnit the unit whose ceremony declared this one with it, or {@code null}
 * when this unit declared itself (or has not declared)
 * @param declaredTogether the units its declaration declared with the declaring unit, by
 * name (none for a unit that declared alone)
 * @param badge what its badge says, by the same rule as the badge's SVG
 */
public record UnitPageView(WorkUnitSummary unit, ProgrammeView programme, DeclarationView declaration,
		List<DeclarationVersion> replacedVersions, List<PublicDocument> publicDocuments, PactCoverage coverage,
		String canonicalUrl, List<ProposalOutcome> proposals, List<SurveyFigure> surveys, List<UnitLink> unitsBelow,
		int unitsBelowCount, List<WorkUnitMoveView> moves, Peers peers, UnitLink declaringUnit,
		List<UnitLink> declaredTogether, UnitBadge badge) {

	/**
	 * How many of the units below a unit its page names; the directory lists them all.
	 */
	public static final int UNITS_BELOW_SHOWN = 30;

	/**
	 * Whether the unit has made a public declaration: until then it is "not declared
	 * yet", never "at pencanangan".
	 */
	public boolean declared() {
		return this.declaration != null;
	}

	/**
	 * Every event of the unit's road in the order it happened: the declaration, each
	 * change of stage, each designation (on its decree's date) and revocation. Events of
	 * one moment keep that order.
	 */
	public List<TimelineEvent> timeline() {
		List<TimelineEvent> events = new ArrayList<>();
		if (this.declaration != null) {
			events.add(new TimelineEvent(ProgrammeDates.startOf(this.declaration.declaredOn()),
					TimelineEvent.Kind.DECLARED, null, null));
		}
		this.programme.history()
			.forEach((change) -> events
				.add(new TimelineEvent(change.changedAt(), TimelineEvent.Kind.STAGE_CHANGED, change, null)));
		for (DesignationView designation : this.programme.designations()) {
			events.add(new TimelineEvent(ProgrammeDates.startOf(designation.decreeDate()),
					TimelineEvent.Kind.DESIGNATED, null, designation));
			if (designation.isRevoked()) {
				events
					.add(new TimelineEvent(
							(designation.revocationDate() != null)
									? ProgrammeDates.startOf(designation.revocationDate()) : designation.revokedAt(),
							TimelineEvent.Kind.REVOKED, null, designation));
			}
		}
		for (WorkUnitMoveView move : this.moves) {
			events.add(new TimelineEvent(ProgrammeDates.startOf(move.movedOn()), TimelineEvent.Kind.MOVED, null, null,
					move, null));
		}
		events.sort(Comparator.comparing(TimelineEvent::at));
		if (this.moves.isEmpty()) {
			return events;
		}
		// A unit that moved: each event says under which institution it happened.
		return events.stream().map((event) -> event.under(institutionAt(event))).toList();
	}

	private String institutionAt(TimelineEvent event) {
		if (event.kind() == TimelineEvent.Kind.MOVED) {
			return null;
		}
		for (WorkUnitMoveView move : this.moves) {
			if (event.at().isBefore(ProgrammeDates.startOf(move.movedOn()))) {
				return move.fromInstitutionName();
			}
		}
		return this.unit.institutionName();
	}

	/** The five stages, for the stepper: where the unit stands among them. */
	public List<Stage> stages() {
		return List.of(Stage.values());
	}

	/**
	 * A public document and what it is.
	 *
	 * @param document the stored document
	 * @param kind the charter or a photo
	 */
	public record PublicDocument(DocumentView document, DocumentKind kind) {
	}

}
