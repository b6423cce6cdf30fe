package id.zonaintegritas.declaration;

import java.time.LocalDate;
import java.util.List;

import id.zonaintegritas.document.DocumentService;
import id.zonaintegritas.document.DocumentView;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.NotFoundException;
import id.zonaintegritas.shared.Predicate;
import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.TestData;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalIntegrationTest
class DeclarationServiceTests {

	static final Actor STAFF = Actor.staff("staf.uji");

	static final DeclarationDetails COMPLETE = new DeclarationDetails(LocalDate.of(2024, 5, 2), "Aula Kantor",
			"Indra Warman", "Kepala BPS Kabupaten Serang", Predicate.WBK, "Pencanangan ZI", "PermenPAN-RB 90/2021");

	static final Witness OMBUDSMAN = new Witness(WitnessKind.OMBUDSMAN, "Ombudsman RI Perwakilan Banten",
			"Fadli Afriadi", "Kepala Perwakilan");

	@Autowired
	DeclarationService declarations;

	@Autowired
	DocumentService documents;

	@Autowired
	JdbcTemplate jdbc;

	long unit;

	@BeforeEach
	void newUnit() {
		this.unit = TestData.newWorkUnit(this.jdbc, "BPS");
	}

	@Test
	void draftIsSavedWithWitnessesInOrderAndSubmittedAsAPublicRecord() {
		DeclarationView draft = this.declarations.startDraft(this.unit, STAFF);
		Witness polres = new Witness(WitnessKind.POLRI, "Polres Serang", "AKBP Contoh", "Kapolres");
		this.declarations.saveDraft(draft.id(), COMPLETE, List.of(OMBUDSMAN, polres),
				List.of(new PressLink("https://www.antaranews.com/berita/contoh", "Liputan")), STAFF);

		DeclarationView submitted = this.declarations.submit(draft.id(), STAFF);

		assertThat(submitted.isSubmitted()).isTrue();
		assertThat(submitted.submittedAt()).isNotNull();
		assertThat(submitted.witnesses()).containsExactly(OMBUDSMAN, polres);
		assertThat(this.jdbc.queryForList(
				"select organisation_kind from witness where declaration_id = ? order by position_in_list",
				String.class, draft.id()))
			.containsExactly("OMBUDSMAN", "POLRI");
		assertThat(this.declarations.latestSubmitted(this.unit)).map(DeclarationView::id).contains(draft.id());
		assertThat(this.jdbc.queryForList(
				"select action from audit_entry where object_type = 'Declaration' " + "and object_id = ? order by id",
				String.class, String.valueOf(draft.id())))
			.containsExactly("DECLARATION_DRAFTED", "DECLARATION_SAVED", "DECLARATION_SUBMITTED");
	}

	@Test
	void aDeclarationIsSubmittedOnlyWhenCompleteAndWitnessed() {
		DeclarationView draft = this.declarations.startDraft(this.unit, STAFF);

		assertRefused(() -> this.declarations.submit(draft.id(), STAFF), DeclarationRuleException.Reason.INCOMPLETE);
		this.declarations.saveDraft(draft.id(), COMPLETE, List.of(), List.of(), STAFF);
		assertRefused(() -> this.declarations.submit(draft.id(), STAFF), DeclarationRuleException.Reason.NO_WITNESS);
		assertThat(this.declarations.declaration(draft.id()).isSubmitted()).isFalse();
	}

	@Test
	void aSubmittedDeclarationIsReadOnly() {
		DeclarationView draft = this.declarations.startDraft(this.unit, STAFF);
		this.declarations.saveDraft(draft.id(), COMPLETE, List.of(OMBUDSMAN), List.of(), STAFF);
		this.declarations.submit(draft.id(), STAFF);

		assertRefused(() -> this.declarations.saveDraft(draft.id(), COMPLETE, List.of(), List.of(), STAFF),
				DeclarationRuleException.Reason.READ_ONLY_ONCE_SUBMITTED);
		assertThat(this.declarations.declaration(draft.id()).witnesses()).containsExactly(OMBUDSMAN);
	}

	@Test
	void aDeclarationCannotBeDatedInTheFutureNorLinkToSomethingThatIsNotAWebAddress() {
		DeclarationView draft = this.declarations.startDraft(this.unit, STAFF);
		DeclarationDetails future = new DeclarationDetails(LocalDate.now().plusDays(30), "Aula", "A", "B",
				Predicate.WBK, null, null);

		assertRefused(() -> this.declarations.saveDraft(draft.id(), future, List.of(), List.of(), STAFF),
				DeclarationRuleException.Reason.DATE_IN_FUTURE);
		assertRefused(
				() -> this.declarations.saveDraft(draft.id(), COMPLETE, List.of(),
						List.of(new PressLink("javascript:alert(1)", "x")), STAFF),
				DeclarationRuleException.Reason.INVALID_PRESS_LINK);
	}

	@Test
	void aUnitPreparesOneDraftAtATime() {
		this.declarations.startDraft(this.unit, STAFF);

		assertRefused(() -> this.declarations.startDraft(this.unit, STAFF),
				DeclarationRuleException.Reason.DRAFT_EXISTS);
	}

	@Test
	void documentsAreAttachedWithTheirKindAndOnlyFromTheSameUnit() {
		DeclarationView draft = this.declarations.startDraft(this.unit, STAFF);
		DocumentView charter = this.documents.upload(this.unit, "piagam.pdf", TestData.pdf("piagam " + this.unit),
				STAFF);
		long otherUnit = TestData.newWorkUnit(this.jdbc, "BPS");
		DocumentView foreign = this.documents.upload(otherUnit, "x.pdf", TestData.pdf("x " + otherUnit), STAFF);

		DeclarationView attached = this.declarations.attachDocument(draft.id(), charter.id(), DocumentKind.PIAGAM,
				STAFF);

		assertThat(attached.documents()).containsExactly(new AttachedDocument(charter.id(), DocumentKind.PIAGAM));
		assertThatThrownBy(() -> this.declarations.attachDocument(draft.id(), foreign.id(), DocumentKind.FOTO, STAFF))
			.isInstanceOf(NotFoundException.class);
	}

	private static void assertRefused(ThrowingCallable command, DeclarationRuleException.Reason reason) {
		assertThatThrownBy(command).isInstanceOfSatisfying(DeclarationRuleException.class,
				(ex) -> assertThat(ex.getReason()).isEqualTo(reason));
	}

}
