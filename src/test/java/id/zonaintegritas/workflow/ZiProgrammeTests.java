package id.zonaintegritas.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import id.zonaintegritas.shared.Predicate;
import id.zonaintegritas.workflow.WorkflowRuleException.Reason;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every transition of the programme, and every refusal, without a database. */
class ZiProgrammeTests {

	static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");

	static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

	static final DeclarationReadiness READY = new DeclarationReadiness(7L, 2, true);

	static final String STAFF = "staf.bps-kab-serang";

	static final String REVIEWER = "inspektorat.bps";

	final AtomicLong ids = new AtomicLong(100);

	final ZiProgramme programme = ZiProgramme.start(1L, NOW);

	@Test
	void newProgrammeStandsAtPencananganTowardsWbk() {
		assertThat(this.programme.getStage()).isEqualTo(Stage.PENCANANGAN);
		assertThat(this.programme.getTargetPredicate()).isEqualTo(Predicate.WBK);
		assertThat(this.programme.getHeldPredicate()).isNull();
	}

	@Test
	void firstRequestNeedsASubmittedDeclaration() {
		assertRefused(() -> request(DeclarationReadiness.NONE), Reason.NO_SUBMITTED_DECLARATION);
	}

	@Test
	void firstRequestNeedsAWitness() {
		assertRefused(() -> request(new DeclarationReadiness(7L, 0, true)), Reason.NO_WITNESS);
	}

	@Test
	void firstRequestNeedsTheHeadsPactSigning() {
		assertRefused(() -> request(new DeclarationReadiness(7L, 1, false)), Reason.HEAD_HAS_NOT_SIGNED);
	}

	@Test
	void requestAsksForExactlyTheNextStage() {
		StageRequest request = request(READY);

		assertThat(request.getFromStage()).isEqualTo(Stage.PENCANANGAN);
		assertThat(request.getToStage()).isEqualTo(Stage.PEMBANGUNAN);
		assertThat(request.getStatus()).isEqualTo(RequestStatus.SUBMITTED);
		assertThat(this.programme.getStage()).as("a request alone moves nothing").isEqualTo(Stage.PENCANANGAN);
	}

	@Test
	void approvalMovesTheProgrammeOneStageAndRecordsIt() {
		StageRequest request = request(READY);

		this.programme.approve(request.getId(), REVIEWER, NOW);

		assertThat(this.programme.getStage()).isEqualTo(Stage.PEMBANGUNAN);
		assertThat(request.getStatus()).isEqualTo(RequestStatus.APPROVED);
		assertThat(this.programme.toView().history()).singleElement().satisfies((change) -> {
			assertThat(change.fromStage()).isEqualTo(Stage.PENCANANGAN);
			assertThat(change.toStage()).isEqualTo(Stage.PEMBANGUNAN);
			assertThat(change.cause()).isEqualTo(StageChangeCause.REQUEST_APPROVED);
			assertThat(change.changedBy()).isEqualTo(REVIEWER);
		});
	}

	@Test
	void onlyOneRequestMayBeOpenAtATime() {
		request(READY);

		assertRefused(() -> request(READY), Reason.OPEN_REQUEST_EXISTS);
	}

	@Test
	void aReturnedRequestIsStillOpen() {
		StageRequest request = request(READY);
		this.programme.returnForRevision(request.getId(), REVIEWER, "Lampirkan notulen", NOW);

		assertRefused(() -> request(READY), Reason.OPEN_REQUEST_EXISTS);
	}

	@Test
	void reviewerCannotDecideOwnRequest() {
		StageRequest request = request(READY);

		assertRefused(() -> this.programme.approve(request.getId(), STAFF, NOW), Reason.OWN_REQUEST);
		assertThat(request.getStatus()).isEqualTo(RequestStatus.SUBMITTED);
	}

	@Test
	void whoeverResubmittedARequestCanNeverDecideIt() {
		StageRequest request = request(READY);
		this.programme.returnForRevision(request.getId(), REVIEWER, "Lampirkan notulen", NOW);
		this.programme.resubmit(request.getId(), "Notulen terlampir", Set.of(), "staf.kedua", NOW);

		assertRefused(() -> this.programme.approve(request.getId(), "staf.kedua", NOW), Reason.OWN_REQUEST);
		assertRefused(() -> this.programme.reject(request.getId(), "staf.kedua", "Tidak", NOW), Reason.OWN_REQUEST);
		assertThat(request.getStatus()).isEqualTo(RequestStatus.SUBMITTED);
	}

	@Test
	void returningOrRejectingNeedsAReason() {
		StageRequest request = request(READY);

		assertRefused(() -> this.programme.returnForRevision(request.getId(), REVIEWER, " ", NOW),
				Reason.REASON_REQUIRED);
		assertRefused(() -> this.programme.reject(request.getId(), REVIEWER, null, NOW), Reason.REASON_REQUIRED);
		assertThat(request.getStatus()).isEqualTo(RequestStatus.SUBMITTED);
	}

	@Test
	void returnedRequestIsRevisedResubmittedAndThenApproved() {
		StageRequest request = request(READY);
		this.programme.returnForRevision(request.getId(), REVIEWER, "Lampirkan notulen", NOW);

		this.programme.resubmit(request.getId(), "Notulen terlampir", Set.of(5L), STAFF, NOW);
		this.programme.approve(request.getId(), REVIEWER, NOW);

		assertThat(this.programme.getStage()).isEqualTo(Stage.PEMBANGUNAN);
		assertThat(request.toView().decisions()).extracting(DecisionView::outcome)
			.containsExactly(Outcome.RETURNED, Outcome.APPROVED);
		assertThat(request.toView().evidenceDocumentIds()).containsExactly(5L);
	}

	@Test
	void onlyAReturnedRequestCanBeResubmitted() {
		StageRequest request = request(READY);

		assertRefused(() -> this.programme.resubmit(request.getId(), "x", Set.of(), STAFF, NOW),
				Reason.REQUEST_NOT_RETURNED);
	}

	@Test
	void aReturnedRequestAwaitsRevisionNotADecisionAndSaysWhoReturnedIt() {
		StageRequest request = request(READY);
		this.programme.returnForRevision(request.getId(), REVIEWER, "Lampirkan notulen", NOW);

		assertThatThrownBy(() -> this.programme.approve(request.getId(), "inspektorat.lain", NOW))
			.isInstanceOfSatisfying(RequestAlreadyDecidedException.class, (ex) -> {
				assertThat(ex.getDecidedBy()).isEqualTo(REVIEWER);
				assertThat(ex.getOutcome()).isEqualTo(Outcome.RETURNED);
			});
		assertThat(request.getStatus()).isEqualTo(RequestStatus.RETURNED);
	}

	@Test
	void aDecidedRequestCannotBeDecidedAgain() {
		StageRequest request = request(READY);
		this.programme.approve(request.getId(), REVIEWER, NOW);

		assertThatThrownBy(() -> this.programme.reject(request.getId(), "inspektorat.lain", "Tidak", NOW))
			.isInstanceOfSatisfying(RequestAlreadyDecidedException.class, (ex) -> {
				assertThat(ex.getDecidedBy()).isEqualTo(REVIEWER);
				assertThat(ex.getDecidedAt()).isEqualTo(NOW);
			});
	}

	@Test
	void rejectionOutsideAnAssessmentLeavesTheStage() {
		advanceTo(Stage.PEMBANGUNAN);
		StageRequest request = request(READY);

		this.programme.reject(request.getId(), REVIEWER, "Rencana aksi belum ada", NOW);

		assertThat(this.programme.getStage()).isEqualTo(Stage.PEMBANGUNAN);
		assertThat(request.getStatus()).isEqualTo(RequestStatus.REJECTED);
	}

	@Test
	void failedAssessmentByTheTpiSendsTheUnitBackToBuilding() {
		advanceTo(Stage.PENGUSULAN);
		StageRequest request = request(READY);

		this.programme.reject(request.getId(), REVIEWER, "Nilai pengungkit di bawah 40", NOW);

		assertThat(this.programme.getStage()).isEqualTo(Stage.PEMBANGUNAN);
		assertThat(this.programme.toView().history()).last().satisfies((change) -> {
			assertThat(change.cause()).isEqualTo(StageChangeCause.ASSESSMENT_FAILED);
			assertThat(change.reason()).isEqualTo("Nilai pengungkit di bawah 40");
		});
	}

	@Test
	void failedAssessmentByTheTpnSendsTheUnitBackToBuilding() {
		advanceTo(Stage.PENILAIAN);
		StageRequest request = request(READY);

		this.programme.reject(request.getId(), REVIEWER, "Tidak lolos evaluasi TPN", NOW);

		assertThat(this.programme.getStage()).isEqualTo(Stage.PEMBANGUNAN);
	}

	@Test
	void designationIsRecordedOnlyAtPenetapan() {
		advanceTo(Stage.PENILAIAN);

		assertRefused(() -> designateWbk(), Reason.NOT_AT_PENETAPAN);
	}

	@Test
	void designationNeedsItsDecree() {
		advanceTo(Stage.PENETAPAN);

		assertRefused(() -> this.programme.designate(Predicate.WBK, " ", TODAY, TODAY, REVIEWER, NOW),
				Reason.DECREE_REQUIRED);
		assertRefused(() -> this.programme.designate(Predicate.WBK, "SK 1/2026", null, TODAY, REVIEWER, NOW),
				Reason.DECREE_REQUIRED);
		assertRefused(
				() -> this.programme.designate(Predicate.WBK, "SK 1/2026", TODAY.plusDays(1), TODAY, REVIEWER, NOW),
				Reason.DECREE_DATE_IN_FUTURE);
	}

	@Test
	void wbbmIsDesignatedOnlyWhereWbkIsHeld() {
		advanceTo(Stage.PENETAPAN);

		assertRefused(() -> this.programme.designate(Predicate.WBBM, "SK 1/2026", TODAY, TODAY, REVIEWER, NOW),
				Reason.WBBM_REQUIRES_WBK);
	}

	@Test
	void designationAwardsThePredicateOnce() {
		advanceTo(Stage.PENETAPAN);

		designateWbk();

		assertThat(this.programme.getHeldPredicate()).isEqualTo(Predicate.WBK);
		assertThat(this.programme.toView().designations()).singleElement()
			.satisfies((designation) -> assertThat(designation.decreeNumber()).isEqualTo("SK 1/2026"));
		assertRefused(this::designateWbk, Reason.ALREADY_DESIGNATED);
	}

	@Test
	void atPenetapanTheNextRequestWaitsForTheDesignation() {
		advanceTo(Stage.PENETAPAN);

		assertRefused(() -> request(READY), Reason.DESIGNATION_PENDING);
	}

	@Test
	void afterWbkTheNextCycleAimsAtWbbm() {
		advanceTo(Stage.PENETAPAN);
		designateWbk();

		StageRequest request = request(READY);
		this.programme.approve(request.getId(), REVIEWER, NOW);

		assertThat(request.getToStage()).isEqualTo(Stage.PEMBANGUNAN);
		assertThat(request.getTargetPredicate()).isEqualTo(Predicate.WBBM);
		assertThat(this.programme.getStage()).isEqualTo(Stage.PEMBANGUNAN);
		assertThat(this.programme.getTargetPredicate()).isEqualTo(Predicate.WBBM);
		assertThat(this.programme.getHeldPredicate()).isEqualTo(Predicate.WBK);
	}

	@Test
	void noCycleFollowsWbbm() {
		holdWbbm();
		advanceTo(Stage.PENETAPAN);

		assertThat(this.programme.getHeldPredicate()).isEqualTo(Predicate.WBBM);
		assertRefused(() -> request(READY), Reason.HIGHEST_PREDICATE_HELD);
	}

	@Test
	void onlyAHeldPredicateCanBeRevoked() {
		assertRefused(() -> this.programme.revoke(Predicate.WBK, "Kasus korupsi", "SK 9/2026", REVIEWER, NOW),
				Reason.PREDICATE_NOT_HELD);
	}

	@Test
	void revocationNeedsReasonAndDecree() {
		advanceTo(Stage.PENETAPAN);
		designateWbk();

		assertRefused(() -> this.programme.revoke(Predicate.WBK, "", "SK 9/2026", REVIEWER, NOW),
				Reason.REASON_REQUIRED);
		assertRefused(() -> this.programme.revoke(Predicate.WBK, "Kasus korupsi", null, REVIEWER, NOW),
				Reason.DECREE_REQUIRED);
		assertThat(this.programme.getHeldPredicate()).isEqualTo(Predicate.WBK);
	}

	@Test
	void revocationTakesThePredicateAndSendsTheUnitBackToBuildingWithHistoryKept() {
		advanceTo(Stage.PENETAPAN);
		designateWbk();

		this.programme.revoke(Predicate.WBK, "Kasus korupsi pegawai", "SK 9/2026", REVIEWER, NOW);

		assertThat(this.programme.getHeldPredicate()).isNull();
		assertThat(this.programme.getTargetPredicate()).isEqualTo(Predicate.WBK);
		assertThat(this.programme.getStage()).isEqualTo(Stage.PEMBANGUNAN);
		ProgrammeView view = this.programme.toView();
		assertThat(view.designations()).singleElement().satisfies((designation) -> {
			assertThat(designation.isRevoked()).isTrue();
			assertThat(designation.revocationDecree()).isEqualTo("SK 9/2026");
		});
		assertThat(view.history()).last()
			.satisfies((change) -> assertThat(change.cause()).isEqualTo(StageChangeCause.PREDICATE_REVOKED));
	}

	@Test
	void revokingWbbmLeavesWbkAndClosesTheOpenRequest() {
		holdWbbm();
		this.programme.revoke(Predicate.WBBM, "Evaluasi ulang", "SK 10/2026", REVIEWER, NOW);

		assertThat(this.programme.getHeldPredicate()).isEqualTo(Predicate.WBK);
		assertThat(this.programme.getTargetPredicate()).isEqualTo(Predicate.WBBM);

		StageRequest open = request(READY);
		this.programme.revoke(Predicate.WBK, "Kasus korupsi", "SK 11/2026", REVIEWER, NOW);

		assertThat(open.getStatus()).isEqualTo(RequestStatus.REJECTED);
		assertThat(this.programme.openRequest()).isEmpty();
		assertThat(this.programme.getHeldPredicate()).isNull();
	}

	private StageRequest request(DeclarationReadiness readiness) {
		StageRequest request = this.programme.requestNextStage(STAFF, "catatan", Set.of(), readiness, NOW);
		ReflectionTestUtils.setField(request, "id", this.ids.incrementAndGet());
		return request;
	}

	private void advanceTo(Stage stage) {
		while (this.programme.getStage() != stage) {
			this.programme.approve(request(READY).getId(), REVIEWER, NOW);
		}
	}

	private void designateWbk() {
		this.programme.designate(Predicate.WBK, "SK 1/2026", TODAY, TODAY, REVIEWER, NOW);
	}

	private void holdWbbm() {
		advanceTo(Stage.PENETAPAN);
		designateWbk();
		this.programme.approve(request(READY).getId(), REVIEWER, NOW);
		advanceTo(Stage.PENETAPAN);
		this.programme.designate(Predicate.WBBM, "SK 2/2026", TODAY, TODAY, REVIEWER, NOW);
	}

	private static void assertRefused(ThrowingCallable command, Reason reason) {
		assertThatThrownBy(command).isInstanceOfSatisfying(WorkflowRuleException.class,
				(ex) -> assertThat(ex.getReason()).isEqualTo(reason));
	}

}
