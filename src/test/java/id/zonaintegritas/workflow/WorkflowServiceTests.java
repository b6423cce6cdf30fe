package id.zonaintegritas.workflow;

import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import id.zonaintegritas.declaration.DeclarationService;
import id.zonaintegritas.document.DocumentService;
import id.zonaintegritas.pact.PactService;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ActorRole;
import id.zonaintegritas.shared.ForbiddenException;
import id.zonaintegritas.shared.NotFoundException;
import id.zonaintegritas.shared.Predicate;
import id.zonaintegritas.shared.ProgrammeDates;
import id.zonaintegritas.support.Declarations;
import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.Races;
import id.zonaintegritas.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The workflow on real PostgreSQL: transactions, the audit trail, and concurrent
 * reviewers.
 */
@PortalIntegrationTest
class WorkflowServiceTests {

	@Autowired
	WorkflowService workflow;

	@Autowired
	ProgrammeMoves moves;

	@Autowired
	DeclarationService declarations;

	@Autowired
	PactService pact;

	@Autowired
	DocumentService documents;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	long unit;

	Actor staff;

	Actor reviewer;

	Actor otherReviewer;

	@BeforeEach
	void newUnit() {
		this.unit = TestData.newWorkUnit(this.jdbc, "BPS");
		this.staff = TestData.staffOf(this.jdbc, this.unit);
		this.reviewer = TestData.reviewerOf(this.jdbc, "BPS");
		this.otherReviewer = TestData.reviewerOf(this.jdbc, "BPS");
	}

	@Test
	void whoeverFiledOrResubmittedARequestCannotDecideItEvenAfterBecomingAReviewer() {
		Declarations.declareAndSign(this.declarations, this.pact, this.unit, this.staff);
		Actor colleague = TestData.staffOf(this.jdbc, this.unit);
		StageRequestView request = this.workflow.requestNextStage(this.unit, null, Set.of(), this.staff);
		this.workflow.decide(request.id(), request.version(), Outcome.RETURNED, "Lengkapi bukti", this.reviewer);
		StageRequestView resubmitted = this.workflow.resubmit(request.id(), "Sudah", Set.of(), colleague);
		for (Actor former : new Actor[] { this.staff, colleague }) {
			// Moved to the inspektorat: no longer staff of the unit, now a reviewer of
			// BPS.
			this.jdbc.update(
					"delete from account_work_unit where account_id = (select id from account where username = ?)",
					former.username());
			this.jdbc.update(
					"update account_role set role = 'REVIEWER' where account_id = (select id from account where username = ?)",
					former.username());
			this.jdbc.update("""
					insert into account_institution (account_id, institution_id)
					select a.id, i.id from account a, institution i where a.username = ? and i.code = 'BPS'
					""", former.username());
		}

		for (Actor former : new Actor[] { this.staff, colleague }) {
			assertThatThrownBy(() -> this.workflow.decide(request.id(), resubmitted.version(), Outcome.APPROVED, null,
					Actor.reviewer(former.username())))
				.isInstanceOfSatisfying(WorkflowRuleException.class, (refusal) -> assertThat(refusal.getReason())
					.isEqualTo(WorkflowRuleException.Reason.OWN_REQUEST));
		}
		assertThat(this.workflow.programme(this.unit).stage()).isEqualTo(Stage.PENCANANGAN);
	}

	@Test
	void aUnitThatHasNotMovedStandsAtPencanangan() {
		ProgrammeView programme = this.workflow.programme(this.unit);

		assertThat(programme.stage()).isEqualTo(Stage.PENCANANGAN);
		assertThat(programme.openRequest()).isEmpty();
	}

	@Test
	void theFirstRequestIsRefusedUntilTheDeclarationIsSubmittedAndNothingIsStored() {
		assertThatThrownBy(() -> this.workflow.requestNextStage(this.unit, null, Set.of(), this.staff))
			.isInstanceOfSatisfying(WorkflowRuleException.class, (ex) -> assertThat(ex.getReason())
				.isEqualTo(WorkflowRuleException.Reason.NO_SUBMITTED_DECLARATION));

		assertThat(this.jdbc.queryForObject("select count(*) from zi_programme where work_unit_id = ?", Integer.class,
				this.unit))
			.as("the refused command leaves no half-written programme")
			.isZero();
	}

	@Test
	void approvalMovesTheStageInTheDatabaseAndAuditsBeforeAndAfter() {
		StageRequestView request = declareAndRequest();

		this.workflow.decide(request.id(), request.version(), Outcome.APPROVED, null, this.reviewer);

		assertThat(this.jdbc.queryForObject("select stage from zi_programme where work_unit_id = ?", String.class,
				this.unit))
			.isEqualTo("PEMBANGUNAN");
		assertThat(this.jdbc.queryForMap("""
				select actor, actor_role, before_state->>'stage' as before_stage, after_state->>'stage' as after_stage
				from audit_entry where action = 'STAGE_REQUEST_APPROVED' and object_id = ?
				""", String.valueOf(request.id()))).containsEntry("actor", this.reviewer.username())
			.containsEntry("actor_role", "REVIEWER")
			.containsEntry("before_stage", "PENCANANGAN")
			.containsEntry("after_stage", "PEMBANGUNAN");
	}

	@Test
	void evidenceMustBeTheUnitsOwnDocuments() {
		long otherUnit = TestData.newWorkUnit(this.jdbc, "BPS");
		long foreign = this.documents
			.upload(otherUnit, "x.pdf", TestData.pdf("asing " + otherUnit), TestData.staffOf(this.jdbc, otherUnit))
			.id();
		submitDeclaration();

		assertThatThrownBy(() -> this.workflow.requestNextStage(this.unit, null, Set.of(foreign), this.staff))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.workflow.programme(this.unit).openRequest()).isEmpty();
	}

	@Test
	void aReturnedRequestIsResubmittedWithNewEvidenceAndThenApproved() {
		StageRequestView request = declareAndRequest();
		StageRequestView returned = this.workflow.decide(request.id(), request.version(), Outcome.RETURNED,
				"Lampirkan piagam", this.reviewer);
		long charter = this.documents.upload(this.unit, "piagam.pdf", TestData.pdf("piagam " + this.unit), this.staff)
			.id();

		StageRequestView resubmitted = this.workflow.resubmit(request.id(), "Piagam terlampir", Set.of(charter),
				this.staff);
		this.workflow.decide(request.id(), resubmitted.version(), Outcome.APPROVED, null, this.reviewer);

		assertThat(returned.status()).isEqualTo(RequestStatus.RETURNED);
		assertThat(this.jdbc.queryForList(
				"select outcome from stage_request_decision where request_id = ? order by decided_at, id", String.class,
				request.id()))
			.containsExactly("RETURNED", "APPROVED");
		assertThat(this.jdbc.queryForList("select document_id from stage_request_document where request_id = ?",
				Long.class, request.id()))
			.containsExactly(charter);
	}

	@Test
	void aDecisionOnARequestThatChangedSinceTheReviewerOpenedItIsRefused() {
		StageRequestView request = declareAndRequest();
		this.workflow.decide(request.id(), request.version(), Outcome.RETURNED, "Lengkapi", this.reviewer);
		this.workflow.resubmit(request.id(), "Sudah", Set.of(), this.staff);

		assertThatThrownBy(
				() -> this.workflow.decide(request.id(), request.version(), Outcome.APPROVED, null, this.otherReviewer))
			.isInstanceOf(RequestChangedException.class);
		assertThat(this.workflow.programme(this.unit).stage()).isEqualTo(Stage.PENCANANGAN);
	}

	@Test
	void aSecondReviewerDecidingLaterIsToldWhoDecidedFirst() {
		StageRequestView request = declareAndRequest();
		this.workflow.decide(request.id(), request.version(), Outcome.APPROVED, null, this.reviewer);

		assertThatThrownBy(() -> this.workflow.decide(request.id(), request.version(), Outcome.REJECTED, "Tidak",
				this.otherReviewer))
			.isInstanceOfSatisfying(RequestAlreadyDecidedException.class,
					(ex) -> assertThat(ex.getDecidedBy()).isEqualTo(this.reviewer.username()));
	}

	@Test
	void whenAReturnWinsTheRaceTheLoserIsToldWhoReturnedItAndWhen() throws Exception {
		StageRequestView request = declareAndRequest();

		Throwable loser = Races.secondWhileTheFirstHoldsItsLocks(this.transactionManager, this.jdbc,
				() -> this.workflow.decide(request.id(), request.version(), Outcome.RETURNED, "Lengkapi bukti",
						this.reviewer),
				() -> this.workflow.decide(request.id(), request.version(), Outcome.APPROVED, null,
						this.otherReviewer));

		assertThat(loser).isInstanceOfSatisfying(RequestAlreadyDecidedException.class, (ex) -> {
			assertThat(ex.getDecidedBy()).isEqualTo(this.reviewer.username());
			assertThat(ex.getOutcome()).isEqualTo(Outcome.RETURNED);
			assertThat(ex.getDecidedAt()).isNotNull();
		});
		assertThat(this.jdbc.queryForList("select outcome from stage_request_decision where request_id = ?",
				String.class, request.id()))
			.containsExactly("RETURNED");
	}

	@Test
	void twoStageRequestsOfOneUnitAtOnceEndWithOneAndTheSameRefusalAsInARow() throws Exception {
		Declarations.declareAndSign(this.declarations, this.pact, this.unit, this.staff);
		Actor colleague = TestData.staffOf(this.jdbc, this.unit);

		Throwable second = Races.secondWhileTheFirstHoldsItsLocks(this.transactionManager, this.jdbc,
				() -> this.workflow.requestNextStage(this.unit, "Pertama", Set.of(), this.staff),
				() -> this.workflow.requestNextStage(this.unit, "Kedua", Set.of(), colleague));

		assertThat(second).isInstanceOfSatisfying(WorkflowRuleException.class,
				(ex) -> assertThat(ex.getReason()).isEqualTo(WorkflowRuleException.Reason.OPEN_REQUEST_EXISTS));
		assertThat(this.jdbc.queryForList("""
				select r.note from stage_request r join zi_programme p on p.id = r.programme_id where p.work_unit_id = ?
				""", String.class, this.unit)).containsExactly("Pertama");
	}

	@Test
	void twoFirstStageRequestsOfAUnitWithoutAProgrammeCreateOneProgramme() throws Exception {
		Declarations.declareAndSign(this.declarations, this.pact, this.unit, this.staff);
		Actor colleague = TestData.staffOf(this.jdbc, this.unit);
		assertThat(this.jdbc.queryForObject("select count(*) from zi_programme where work_unit_id = ?", Long.class,
				this.unit))
			.isZero();

		Races.secondWhileTheFirstHoldsItsLocks(this.transactionManager, this.jdbc,
				() -> this.workflow.requestNextStage(this.unit, null, Set.of(), this.staff),
				() -> this.workflow.requestNextStage(this.unit, null, Set.of(), colleague));

		assertThat(this.jdbc.queryForObject("select count(*) from zi_programme where work_unit_id = ?", Long.class,
				this.unit))
			.isOne();
	}

	@Test
	void twoReviewersDecidingAtTheSameMomentEndWithExactlyOneDecision() throws Exception {
		StageRequestView request = declareAndRequest();
		CountDownLatch firstHasWritten = new CountDownLatch(1);
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);

		// The first reviewer's transaction writes its decision and holds it uncommitted
		// until the
		// second reviewer's transaction, which read the request before that commit, waits
		// on it.
		CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transaction.executeWithoutResult((status) -> {
			this.workflow.decide(request.id(), request.version(), Outcome.APPROVED, null, this.reviewer);
			firstHasWritten.countDown();
			await().atMost(Duration.ofSeconds(20)).until(this::someTransactionWaitsForALock);
		}));
		CompletableFuture<Throwable> second = CompletableFuture.supplyAsync(() -> {
			try {
				firstHasWritten.await(20, TimeUnit.SECONDS);
				this.workflow.decide(request.id(), request.version(), Outcome.REJECTED, "Belum lengkap",
						this.otherReviewer);
				return null;
			}
			catch (Exception ex) {
				return ex;
			}
		});

		first.get(30, TimeUnit.SECONDS);
		Throwable secondOutcome = second.get(30, TimeUnit.SECONDS);

		assertThat(secondOutcome).isInstanceOfSatisfying(RequestAlreadyDecidedException.class,
				(ex) -> assertThat(ex.getDecidedBy()).isEqualTo(this.reviewer.username()));
		assertThat(this.jdbc.queryForList("select outcome from stage_request_decision where request_id = ?",
				String.class, request.id()))
			.containsExactly("APPROVED");
		assertThat(
				this.jdbc.queryForObject("select status from stage_request where id = ?", String.class, request.id()))
			.isEqualTo("APPROVED");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where object_type = 'StageRequest' and object_id = ? "
						+ "and action like 'STAGE_REQUEST_%' and action <> 'STAGE_REQUEST_SUBMITTED'",
				Integer.class, String.valueOf(request.id())))
			.isEqualTo(1);
	}

	@Test
	void afterPembangunanEachEvaluationMovesTheUnitAndDesignationAndRevocationKeepTheirDecrees() {
		StageRequestView request = declareAndRequest();
		this.workflow.decide(request.id(), request.version(), Outcome.APPROVED, null, this.reviewer);
		assertThatThrownBy(() -> this.workflow.requestNextStage(this.unit, null, Set.of(), this.staff))
			.isInstanceOfSatisfying(WorkflowRuleException.class,
					(ex) -> assertThat(ex.getReason()).isEqualTo(WorkflowRuleException.Reason.MOVED_BY_EVALUATION));
		Actor lead = Actor.reviewer("inspektorat.ketua");
		Actor head = new Actor("pimpinan.bps", ActorRole.INSTANSI_HEAD);
		Actor tpn = new Actor("tpn.kemenpanrb", ActorRole.TPN);
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);

		transaction.executeWithoutResult((status) -> this.moves.lheApproved(this.unit, "LHE 700/2025", lead));
		transaction.executeWithoutResult((status) -> this.moves.proposed(this.unit, "Usulan B-1/2025", head));
		LocalDate today = LocalDate.now(ProgrammeDates.WIB);
		assertThatThrownBy(() -> transaction.executeWithoutResult((status) -> this.moves.designated(this.unit, 2025,
				Predicate.WBK, "SK MenPAN-RB 1/2025", today.minusDays(1), null, tpn)))
			.as("a decree older than the proposal it answers")
			.isInstanceOfSatisfying(WorkflowRuleException.class,
					(ex) -> assertThat(ex.getReason()).isEqualTo(WorkflowRuleException.Reason.DECREE_BEFORE_PROPOSAL));
		transaction.executeWithoutResult((status) -> this.moves.designated(this.unit, 2025, Predicate.WBK,
				"SK MenPAN-RB 1/2025", today, null, tpn));
		assertThatThrownBy(() -> transaction.executeWithoutResult((status) -> this.moves.revoke(this.unit,
				Predicate.WBK, "Kasus gratifikasi", "SK MenPAN-RB 2/2026", today.minusDays(1), null, tpn)))
			.as("a revocation older than the designation it revokes")
			.isInstanceOfSatisfying(WorkflowRuleException.class, (ex) -> assertThat(ex.getReason())
				.isEqualTo(WorkflowRuleException.Reason.DECREE_BEFORE_DESIGNATION));
		ProgrammeView revoked = transaction.execute((status) -> this.moves.revoke(this.unit, Predicate.WBK,
				"Kasus gratifikasi", "SK MenPAN-RB 2/2026", today, null, tpn));

		assertThat(revoked.stage()).isEqualTo(Stage.PEMBANGUNAN);
		assertThat(revoked.heldPredicate()).isNull();
		assertThat(this.jdbc.queryForMap("""
				select predicate, period_year, decree_number, recorded_by, revocation_decree, revocation_reason,
				       revocation_date
				from designation where programme_id = (select id from zi_programme where work_unit_id = ?)
				""", this.unit)).containsEntry("predicate", "WBK")
			.containsEntry("period_year", 2025)
			.containsEntry("decree_number", "SK MenPAN-RB 1/2025")
			.containsEntry("recorded_by", "tpn.kemenpanrb")
			.containsEntry("revocation_decree", "SK MenPAN-RB 2/2026")
			.containsEntry("revocation_reason", "Kasus gratifikasi")
			.containsEntry("revocation_date", Date.valueOf(today));
		assertThat(this.jdbc.queryForList("""
				select cause || ' ' || changed_by from stage_change
				where programme_id = (select id from zi_programme where work_unit_id = ?) order by id
				""", String.class, this.unit)).containsExactly("REQUEST_APPROVED " + this.reviewer.username(),
				"LHE_APPROVED inspektorat.ketua", "PROPOSED pimpinan.bps", "DESIGNATED tpn.kemenpanrb",
				"PREDICATE_REVOKED tpn.kemenpanrb");
		assertThat(this.jdbc.queryForList(
				"select action from audit_entry where object_type = 'ZiProgramme' and work_unit_id = ? order by id",
				String.class, this.unit))
			.containsExactly("STAGE_MOVED_BY_LHE", "STAGE_MOVED_BY_PROPOSAL", "PREDICATE_DESIGNATED",
					"PREDICATE_REVOKED");
	}

	@Test
	void onlyReviewersOfTheUnitsInstitutionDecide() {
		StageRequestView request = declareAndRequest();
		Actor reviewerOfAnotherInstitution = TestData.reviewerOf(this.jdbc, "BPOM");

		assertThatThrownBy(() -> this.workflow.decide(request.id(), request.version(), Outcome.APPROVED, null,
				reviewerOfAnotherInstitution))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(
				() -> this.workflow.decide(request.id(), request.version(), Outcome.APPROVED, null, this.staff))
			.as("staff are not reviewers")
			.isInstanceOf(ForbiddenException.class);
		assertThat(this.workflow.programme(this.unit).stage()).isEqualTo(Stage.PENCANANGAN);
	}

	@Test
	void aReviewerWhoIsAlsoStaffOfTheUnitCannotDecideForIt() {
		StageRequestView request = declareAndRequest();
		this.jdbc.update("insert into account_role (account_id, role) select id, 'AGENCY_STAFF' from account "
				+ "where username = ?", this.reviewer.username());
		this.jdbc.update("insert into account_work_unit (account_id, work_unit_id) select id, ? from account "
				+ "where username = ?", this.unit, this.reviewer.username());

		assertThatThrownBy(
				() -> this.workflow.decide(request.id(), request.version(), Outcome.APPROVED, null, this.reviewer))
			.isInstanceOf(ForbiddenException.class)
			.hasMessageContaining("error.forbidden.reviewerIsStaff");
	}

	@Test
	void staffOfAnotherUnitCannotRequestItsNextStage() {
		submitDeclaration();
		Actor outsider = TestData.staffOf(this.jdbc, TestData.newWorkUnit(this.jdbc, "BPS"));

		assertThatThrownBy(() -> this.workflow.requestNextStage(this.unit, null, Set.of(), outsider))
			.isInstanceOf(ForbiddenException.class);
		assertThat(this.workflow.programme(this.unit).openRequest()).isEmpty();
	}

	private boolean someTransactionWaitsForALock() {
		Integer waiting = this.jdbc.queryForObject(
				"select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()",
				Integer.class);
		return waiting != null && waiting > 0;
	}

	private void submitDeclaration() {
		Declarations.declareAndSign(this.declarations, this.pact, this.unit, this.staff);
	}

	private StageRequestView declareAndRequest() {
		submitDeclaration();
		return this.workflow.requestNextStage(this.unit, "Pencanangan selesai", Set.of(), this.staff);
	}

}
