package id.zonaintegritas.declaration;

import java.time.LocalDate;
import java.util.List;

import id.zonaintegritas.document.DocumentService;
import id.zonaintegritas.document.DocumentView;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ForbiddenException;
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

	Actor staff;

	@BeforeEach
	void newUnit() {
		this.unit = TestData.newWorkUnit(this.jdbc, "BPS");
		this.staff = TestData.staffOf(this.jdbc, this.unit);
	}

	@Test
	void draftIsSavedWithWitnessesInOrderAndSubmittedAsAPublicRecord() {
		DeclarationView draft = this.declarations.startDraft(this.unit, this.staff);
		Witness polres = new Witness(WitnessKind.POLRI, "Polres Serang", "AKBP Contoh", "Kapolres");
		this.declarations.saveDraft(draft.id(), COMPLETE, List.of(OMBUDSMAN, polres),
				List.of(new PressLink("https://www.antaranews.com/berita/contoh", "Liputan")), this.staff);

		DeclarationView submitted = this.declarations.submit(draft.id(), this.staff);

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
		DeclarationView draft = this.declarations.startDraft(this.unit, this.staff);

		assertRefused(() -> this.declarations.submit(draft.id(), this.staff),
				DeclarationRuleException.Reason.INCOMPLETE);
		this.declarations.saveDraft(draft.id(), COMPLETE, List.of(), List.of(), this.staff);
		assertRefused(() -> this.declarations.submit(draft.id(), this.staff),
				DeclarationRuleException.Reason.NO_WITNESS);
		assertThat(this.declarations.declaration(draft.id()).isSubmitted()).isFalse();
	}

	@Test
	void aSubmittedDeclarationIsReadOnly() {
		DeclarationView draft = this.declarations.startDraft(this.unit, this.staff);
		this.declarations.saveDraft(draft.id(), COMPLETE, List.of(OMBUDSMAN), List.of(), this.staff);
		this.declarations.submit(draft.id(), this.staff);

		assertRefused(() -> this.declarations.saveDraft(draft.id(), COMPLETE, List.of(), List.of(), this.staff),
				DeclarationRuleException.Reason.READ_ONLY_ONCE_SUBMITTED);
		assertThat(this.declarations.declaration(draft.id()).witnesses()).containsExactly(OMBUDSMAN);
	}

	@Test
	void aDeclarationCannotBeDatedInTheFutureNorLinkToSomethingThatIsNotAWebAddress() {
		DeclarationView draft = this.declarations.startDraft(this.unit, this.staff);
		DeclarationDetails future = new DeclarationDetails(LocalDate.now().plusDays(30), "Aula", "A", "B",
				Predicate.WBK, null, null);

		assertRefused(() -> this.declarations.saveDraft(draft.id(), future, List.of(), List.of(), this.staff),
				DeclarationRuleException.Reason.DATE_IN_FUTURE);
		assertRefused(
				() -> this.declarations.saveDraft(draft.id(), COMPLETE, List.of(),
						List.of(new PressLink("javascript:alert(1)", "x")), this.staff),
				DeclarationRuleException.Reason.INVALID_PRESS_LINK);
	}

	@Test
	void aUnitPreparesOneDraftAtATime() {
		this.declarations.startDraft(this.unit, this.staff);

		assertRefused(() -> this.declarations.startDraft(this.unit, this.staff),
				DeclarationRuleException.Reason.DRAFT_EXISTS);
	}

	@Test
	void documentsAreAttachedWithTheirKindAndOnlyFromTheSameUnit() {
		DeclarationView draft = this.declarations.startDraft(this.unit, this.staff);
		DocumentView charter = this.documents.upload(this.unit, "piagam.pdf", TestData.pdf("piagam " + this.unit),
				this.staff);
		long otherUnit = TestData.newWorkUnit(this.jdbc, "BPS");
		DocumentView foreign = this.documents.upload(otherUnit, "x.pdf", TestData.pdf("x " + otherUnit),
				TestData.staffOf(this.jdbc, otherUnit));

		DeclarationView attached = this.declarations.attachDocument(draft.id(), charter.id(), DocumentKind.PIAGAM,
				this.staff);

		assertThat(attached.documents()).containsExactly(new AttachedDocument(charter.id(), DocumentKind.PIAGAM));
		assertThatThrownBy(
				() -> this.declarations.attachDocument(draft.id(), foreign.id(), DocumentKind.FOTO, this.staff))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void staffOfAnotherUnitCanNeitherStartNorChangeTheUnitsDeclaration() {
		DeclarationView draft = this.declarations.startDraft(this.unit, this.staff);
		Actor outsider = TestData.staffOf(this.jdbc, TestData.newWorkUnit(this.jdbc, "BPS"));

		assertThatThrownBy(() -> this.declarations.startDraft(this.unit, outsider))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(
				() -> this.declarations.saveDraft(draft.id(), COMPLETE, List.of(OMBUDSMAN), List.of(), outsider))
			.isInstanceOf(ForbiddenException.class);
		assertThat(this.declarations.declaration(draft.id()).venue()).as("nothing changed").isNull();
	}

	private static void assertRefused(ThrowingCallable command, DeclarationRuleException.Reason reason) {
		assertThatThrownBy(command).isInstanceOfSatisfying(DeclarationRuleException.class,
				(ex) -> assertThat(ex.getReason()).isEqualTo(reason));
	}

}
