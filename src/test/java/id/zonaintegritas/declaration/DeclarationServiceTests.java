package id.zonaintegritas.declaration;

import java.time.LocalDate;
import java.util.List;

import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ConflictException;
import id.zonaintegritas.shared.ForbiddenException;
import id.zonaintegritas.shared.Predicate;
import id.zonaintegritas.shared.ProgrammeDates;
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

	static final Witness POLRES = new Witness(WitnessKind.POLRI, "Polres Serang", "AKBP Contoh", "Kapolres");

	@Autowired
	DeclarationService declarations;

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
	void aDraftIsSavedWithWitnessesInOrderAndSubmittedAsAPublicRecord() {
		DeclarationView draft = save(COMPLETE, List.of(OMBUDSMAN, POLRES),
				List.of(new PressLink("https://www.antaranews.com/berita/contoh", "Liputan")));

		DeclarationView submitted = this.declarations.submit(this.unit, this.staff);

		assertThat(submitted.isSubmitted()).isTrue();
		assertThat(submitted.submittedAt()).isNotNull();
		assertThat(submitted.revision()).isOne();
		assertThat(submitted.witnesses()).containsExactly(OMBUDSMAN, POLRES);
		assertThat(this.jdbc.queryForList(
				"select organisation_kind from witness where declaration_id = ? order by position_in_list",
				String.class, draft.id()))
			.containsExactly("OMBUDSMAN", "POLRI");
		assertThat(this.declarations.latestSubmitted(this.unit)).map(DeclarationView::id).contains(draft.id());
		assertThat(this.jdbc.queryForList(
				"select action from audit_entry where object_type = 'Declaration' and object_id = ? order by id",
				String.class, String.valueOf(draft.id())))
			.containsExactly("DECLARATION_DRAFTED", "DECLARATION_SAVED", "DECLARATION_SUBMITTED");
	}

	@Test
	void aDeclarationIsSubmittedOnlyWhenCompleteAndWitnessed() {
		assertRefused(() -> this.declarations.submit(this.unit, this.staff),
				DeclarationRuleException.Reason.INCOMPLETE);
		DeclarationView draft = save(COMPLETE, List.of(), List.of());

		assertRefused(() -> this.declarations.submit(this.unit, this.staff),
				DeclarationRuleException.Reason.NO_WITNESS);
		assertThat(this.declarations.missingForSubmission(this.unit, this.staff))
			.containsExactly(DeclarationRuleException.Reason.NO_WITNESS);
		assertThat(this.declarations.declaration(draft.id()).isSubmitted()).isFalse();
	}

	@Test
	void aSubmittedDeclarationIsNeverRewrittenByTheDraftFormAgain() {
		DeclarationView submitted = submitted();
		DeclarationDetails rewritten = new DeclarationDetails(LocalDate.of(2024, 5, 3), "Tempat Lain", "Orang Lain",
				"Jabatan Lain", Predicate.WBK, null, null);

		assertRefused(() -> save(rewritten, List.of(POLRES), List.of()),
				DeclarationRuleException.Reason.ALREADY_DECLARED);

		assertThat(this.declarations.declaration(submitted.id()).venue()).isEqualTo("Aula Kantor");
		assertThat(this.jdbc.queryForObject("select count(*) from declaration where work_unit_id = ?", Long.class,
				this.unit))
			.as("no second declaration replaces the public one")
			.isOne();
	}

	@Test
	void anAmendmentKeepsTheVersionItReplacesWithItsReasonAndIsAudited() {
		DeclarationView submitted = submitted();
		DeclarationDetails corrected = new DeclarationDetails(LocalDate.of(2024, 5, 2), "Aula Kantor BPS Serang",
				"Indra Warman", "Kepala BPS Kabupaten Serang", Predicate.WBK, "Pencanangan ZI", "PermenPAN-RB 90/2021");

		DeclarationView amended = this.declarations.amend(this.unit, 1,
				new DeclarationAmendment(corrected, List.of(OMBUDSMAN, POLRES), List.of(), "Nama aula salah ketik"),
				this.staff);

		assertThat(amended.revision()).isEqualTo(2);
		assertThat(amended.venue()).isEqualTo("Aula Kantor BPS Serang");
		assertThat(amended.witnesses()).containsExactly(OMBUDSMAN, POLRES);
		List<DeclarationVersion> versions = this.declarations.replacedVersions(submitted.id());
		assertThat(versions).singleElement().satisfies((version) -> {
			assertThat(version.revision()).isOne();
			assertThat(version.venue()).isEqualTo("Aula Kantor");
			assertThat(version.witnesses()).containsExactly(OMBUDSMAN);
			assertThat(version.amendmentReason()).isEqualTo("Nama aula salah ketik");
			assertThat(version.amendedBy()).isEqualTo(this.staff.username());
			assertThat(version.publicSince()).isEqualTo(submitted.submittedAt());
		});
		assertThat(this.jdbc.queryForObject(
				"select after_state ->> 'venue' from audit_entry where action = 'DECLARATION_AMENDED' and object_id = ?",
				String.class, String.valueOf(submitted.id())))
			.isEqualTo("Aula Kantor BPS Serang");
	}

	@Test
	void anAmendmentNeedsAReasonAChangeAndTheRevisionTheFormShowed() {
		submitted();
		DeclarationAmendment noReason = new DeclarationAmendment(COMPLETE, List.of(POLRES), List.of(), " ");
		DeclarationAmendment nothing = new DeclarationAmendment(COMPLETE, List.of(OMBUDSMAN), List.of(), "Cek");
		DeclarationAmendment real = new DeclarationAmendment(COMPLETE, List.of(POLRES), List.of(), "Saksi keliru");

		assertRefused(() -> this.declarations.amend(this.unit, 1, noReason, this.staff),
				DeclarationRuleException.Reason.AMENDMENT_REASON_REQUIRED);
		assertRefused(() -> this.declarations.amend(this.unit, 1, nothing, this.staff),
				DeclarationRuleException.Reason.NOTHING_AMENDED);
		this.declarations.amend(this.unit, 1, real, this.staff);
		assertThatThrownBy(() -> this.declarations.amend(this.unit, 1,
				new DeclarationAmendment(COMPLETE, List.of(OMBUDSMAN), List.of(), "Kembalikan"), this.staff))
			.as("a second amendment made against the same revision")
			.isInstanceOf(ConflictException.class);
		assertThat(this.declarations.latestSubmitted(this.unit).orElseThrow().witnesses()).containsExactly(POLRES);
	}

	@Test
	void theDatabaseKeepsASubmittedDeclarationFromChangingWithoutAnAmendment() {
		DeclarationView submitted = submitted();

		assertThatThrownBy(() -> this.jdbc.update("update declaration set venue = 'Diubah diam-diam' where id = ?",
				submitted.id()))
			.hasMessageContaining("declaration_changes_only_by_amendment");
		assertThatThrownBy(() -> this.jdbc
			.update("update witness set person_name = 'Bukan Dia' where declaration_id = ?", submitted.id()))
			.hasMessageContaining("declaration_parts_change_with_their_declaration");
		this.declarations.amend(this.unit, 1,
				new DeclarationAmendment(COMPLETE, List.of(POLRES), List.of(), "Saksi keliru"), this.staff);
		assertThatThrownBy(() -> this.jdbc
			.update("update declaration_version set venue = 'Ditulis ulang' where declaration_id = ?", submitted.id()))
			.rootCause()
			.hasMessageMatching("(?s).*(append-only|permission denied).*");
		assertThatThrownBy(
				() -> this.jdbc.update("delete from declaration_version where declaration_id = ?", submitted.id()))
			.rootCause()
			.hasMessageMatching("(?s).*(append-only|permission denied).*");
		assertThat(this.declarations.declaration(submitted.id()).venue()).isEqualTo("Aula Kantor");
	}

	@Test
	void aDeclarationCannotBeDatedInTheFutureNorLinkToSomethingThatIsNotAWebAddress() {
		DeclarationDetails future = new DeclarationDetails(LocalDate.now(ProgrammeDates.WIB).plusDays(30), "Aula", "A",
				"B", Predicate.WBK, null, null);

		assertRefused(() -> save(future, List.of(), List.of()), DeclarationRuleException.Reason.DATE_IN_FUTURE);
		assertRefused(() -> save(COMPLETE, List.of(), List.of(new PressLink("javascript:alert(1)", "x"))),
				DeclarationRuleException.Reason.INVALID_PRESS_LINK);
	}

	@Test
	void aTakenOffDocumentStaysInTheLibrary() {
		DeclarationView draft = this.declarations.saveDraft(this.unit,
				new DeclarationDraft(COMPLETE, List.of(), List.of(),
						List.of(new Upload("piagam.pdf", TestData.pdf("piagam " + this.unit), DocumentKind.PIAGAM))),
				this.staff);
		long charter = draft.documents().get(0).documentId();

		DeclarationView without = this.declarations.removeDocument(this.unit, charter, this.staff);

		assertThat(without.documents()).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from document where id = ?", Long.class, charter)).isOne();
	}

	@Test
	void staffOfAnotherUnitCanNeitherStartNorChangeTheUnitsDeclaration() {
		DeclarationView draft = save(COMPLETE, List.of(), List.of());
		Actor outsider = TestData.staffOf(this.jdbc, TestData.newWorkUnit(this.jdbc, "BPS"));

		assertThatThrownBy(() -> this.declarations.saveDraft(this.unit,
				new DeclarationDraft(COMPLETE, List.of(OMBUDSMAN), List.of(), List.of()), outsider))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> this.declarations.submit(this.unit, outsider)).isInstanceOf(ForbiddenException.class);
		assertThat(this.declarations.declaration(draft.id()).witnesses()).as("nothing changed").isEmpty();
	}

	private DeclarationView submitted() {
		save(COMPLETE, List.of(OMBUDSMAN), List.of());
		return this.declarations.submit(this.unit, this.staff);
	}

	private DeclarationView save(DeclarationDetails details, List<Witness> witnesses, List<PressLink> pressLinks) {
		return this.declarations.saveDraft(this.unit, new DeclarationDraft(details, witnesses, pressLinks, List.of()),
				this.staff);
	}

	private static void assertRefused(ThrowingCallable command, DeclarationRuleException.Reason reason) {
		assertThatThrownBy(command).isInstanceOfSatisfying(DeclarationRuleException.class,
				(ex) -> assertThat(ex.getReason()).isEqualTo(reason));
	}

}
