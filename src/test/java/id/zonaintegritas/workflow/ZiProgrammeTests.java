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
import static org.assertj.core.api.Assertions.tuple;

/** Every transition of the programme, and every refusal, without a database. */
class ZiProgrammeTests {

	static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");

	static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

	static final DeclarationReadiness READY = new DeclarationReadiness(7L, 2, true);

	static final String STAFF = "staf.bps-kab-serang";

	static final String REVIEWER = "inspektorat.bps";

	static final String LEAD = "inspektorat.bps.ketua";

	static final String HEAD = "pimpinan.bps";

	static final String TPN = "tpn.kemenpanrb";

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
		StageRequest request = request(READY);

		this.programme.reject(request.getId(), REVIEWER, "Berita acara belum ada", NOW);

		assertThat(this.programme.getStage()).isEqualTo(Stage.PENCANANGAN);
		assertThat(request.getStatus()).isEqualTo(RequestStatus.REJECTED);
	}

	@Test
	void fromPembangunanOnEvaluationsMoveTheUnitNotRequests() {
		advanceTo(Stage.PEMBANGUNAN);
		assertRefused(() -> request(READY), Reason.MOVED_BY_EVALUATION);
		advanceTo(Stage.PENGUSULAN);
		assertRefused(() -> request(READY), Reason.MOVED_BY_EVALUATION);
		advanceTo(Stage.PENILAIAN);
		assertRefused(() -> request(READY), Reason.MOVED_BY_EVALUATION);
	}

	@Test
	void eachEvaluationMovesTheUnitOneStageAndRecordsWhoAndOnWhat() {
		advanceTo(Stage.PEMBANGUNAN);

		this.programme.lheApproved("LHE 700/IU/2026", LEAD, NOW);
		this.programme.proposed("Usulan B-12/2026", HEAD, NOW);

		assertThat(this.programme.getStage()).isEqualTo(Stage.PENILAIAN);
		assertThat(this.programme.toView().history())
			.extracting(StageChangeView::cause, StageChangeView::changedBy, StageChangeView::reason)
			.endsWith(tuple(StageChangeCause.LHE_APPROVED, LEAD, "LHE 700/IU/2026"),
					tuple(StageChangeCause.PROPOSED, HEAD, "Usulan B-12/2026"));
	}

	@Test
	void anEvaluationMovesOnlyFromItsOwnStage() {
		advanceTo(Stage.PEMBANGUNAN);

		assertRefused(() -> this.programme.proposed("Usulan", HEAD, NOW), Reason.NOT_AT_STAGE);
		assertRefused(() -> this.programme.notDesignated("Tidak lolos", TPN, NOW), Reason.NOT_AT_STAGE);
		assertRefused(this::designateWbk, Reason.NOT_AT_STAGE);
		this.programme.lheApproved("LHE 1", LEAD, NOW);
		assertRefused(() -> this.programme.lheApproved("LHE 2", LEAD, NOW), Reason.NOT_AT_STAGE);
	}

	@Test
	void notDesignatedByTheTpnSendsTheUnitBackToBuildingWithTheReason() {
		advanceTo(Stage.PENILAIAN);

		assertRefused(() -> this.programme.notDesignated(" ", TPN, NOW), Reason.REASON_REQUIRED);
		this.programme.notDesignated("Nilai TPN 71,20, di bawah 75", TPN, NOW);

		assertThat(this.programme.getStage()).isEqualTo(Stage.PEMBANGUNAN);
		assertThat(this.programme.getHeldPredicate()).isNull();
		assertThat(this.programme.toView().history()).last().satisfies((change) -> {
			assertThat(change.cause()).isEqualTo(StageChangeCause.NOT_DESIGNATED);
			assertThat(change.reason()).isEqualTo("Nilai TPN 71,20, di bawah 75");
		});
	}

	@Test
	void designationNeedsItsDecree() {
		advanceTo(Stage.PENILAIAN);

		assertRefused(() -> designate(Predicate.WBK, " ", TODAY), Reason.DECREE_REQUIRED);
		assertRefused(() -> designate(Predicate.WBK, "SK 1/2026", null), Reason.DECREE_REQUIRED);
		assertRefused(() -> designate(Predicate.WBK, "SK 1/2026", TODAY.plusDays(1)), Reason.DECREE_DATE_IN_FUTURE);
		assertThat(this.programme.getStage()).isEqualTo(Stage.PENILAIAN);
	}

	@Test
	void wbbmIsDesignatedOnlyWhereWbkIsHeld() {
		advanceTo(Stage.PENILAIAN);

		assertRefused(() -> designate(Predicate.WBBM, "SK 1/2026", TODAY), Reason.WBBM_REQUIRES_WBK);
	}

	@Test
	void designationAwardsThePredicateOnceAndMovesTheUnitToPenetapan() {
		advanceTo(Stage.PENILAIAN);

		designateWbk();

		assertThat(this.programme.getStage()).isEqualTo(Stage.PENETAPAN);
		assertThat(this.programme.getHeldPredicate()).isEqualTo(Predicate.WBK);
		assertThat(this.programme.toView().designations()).singleElement().satisfies((designation) -> {
			assertThat(designation.decreeNumber()).isEqualTo("SK 1/2026");
			assertThat(designation.periodYear()).isEqualTo(2026);
			assertThat(designation.recordedBy()).isEqualTo(TPN);
		});
		assertThat(this.programme.toView().history()).last()
			.satisfies((change) -> assertThat(change.cause()).isEqualTo(StageChangeCause.DESIGNATED));
		assertRefused(this::designateWbk, Reason.NOT_AT_STAGE);
	}

	@Test
	void aUnitMovedToPenetapanByAnOldRequestWaitsThereForItsDecree() {
		advanceTo(Stage.PENILAIAN);
		ReflectionTestUtils.setField(this.programme, "stage", Stage.PENETAPAN);

		assertRefused(() -> request(READY), Reason.DESIGNATION_PENDING);
		designateWbk();

		assertThat(this.programme.getStage()).isEqualTo(Stage.PENETAPAN);
		assertThat(this.programme.getHeldPredicate()).isEqualTo(Predicate.WBK);
	}

	@Test
	void afterWbkTheNextCycleAimsAtWbbm() {
		advanceTo(Stage.PENETAPAN);

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

		assertThat(this.programme.getHeldPredicate()).isEqualTo(Predicate.WBBM);
		assertRefused(() -> request(READY), Reason.HIGHEST_PREDICATE_HELD);
	}

	@Test
	void onlyAHeldPredicateCanBeRevoked() {
		assertRefused(() -> revoke(Predicate.WBK, "Kasus korupsi", "SK 9/2026"), Reason.PREDICATE_NOT_HELD);
	}

	@Test
	void revocationNeedsReasonAndDecree() {
		advanceTo(Stage.PENETAPAN);

		assertRefused(() -> revoke(Predicate.WBK, "", "SK 9/2026"), Reason.REASON_REQUIRED);
		assertRefused(() -> revoke(Predicate.WBK, "Kasus korupsi", null), Reason.DECREE_REQUIRED);
		assertThat(this.programme.getHeldPredicate()).isEqualTo(Predicate.WBK);
	}

	@Test
	void revocationTakesThePredicateAndSendsTheUnitBackToBuildingWithHistoryKept() {
		advanceTo(Stage.PENETAPAN);

		revoke(Predicate.WBK, "Kasus korupsi pegawai", "SK 9/2026");

		assertThat(this.programme.getHeldPredicate()).isNull();
		assertThat(this.programme.getTargetPredicate()).isEqualTo(Predicate.WBK);
		assertThat(this.programme.getStage()).isEqualTo(Stage.PEMBANGUNAN);
		ProgrammeView view = this.programme.toView();
		assertThat(view.designations()).singleElement().satisfies((designation) -> {
			assertThat(designation.isRevoked()).isTrue();
			assertThat(designation.revocationDecree()).isEqualTo("SK 9/2026");
			assertThat(designation.revocationDate()).isEqualTo(TODAY);
		});
		assertThat(view.history()).last()
			.satisfies((change) -> assertThat(change.cause()).isEqualTo(StageChangeCause.PREDICATE_REVOKED));
	}

	@Test
	void revokingWbbmLeavesWbkAndClosesTheOpenRequest() {
		holdWbbm();
		revoke(Predicate.WBBM, "Evaluasi ulang", "SK 10/2026");

		assertThat(this.programme.getHeldPredicate()).isEqualTo(Predicate.WBK);
		assertThat(this.programme.getTargetPredicate()).isEqualTo(Predicate.WBBM);
		assertThat(this.programme.getStage()).isEqualTo(Stage.PEMBANGUNAN);

		revoke(Predicate.WBK, "Kasus korupsi", "SK 11/2026");

		assertThat(this.programme.openRequest()).isEmpty();
		assertThat(this.programme.getHeldPredicate()).isNull();
	}

	private StageRequest request(DeclarationReadiness readiness) {
		StageRequest request = this.programme.requestNextStage(STAFF, "catatan", Set.of(), readiness, NOW);
		ReflectionTestUtils.setField(request, "id", this.ids.incrementAndGet());
		return request;
	}

	/** Moves the programme on as each stage's actor does, to the stage asked for. */
	private void advanceTo(Stage stage) {
		do {
			switch (this.programme.getStage()) {
				case PENCANANGAN, PENETAPAN -> this.programme.approve(request(READY).getId(), REVIEWER, NOW);
				case PEMBANGUNAN -> this.programme.lheApproved("LHE 1/2026", LEAD, NOW);
				case PENGUSULAN -> this.programme.proposed("Usulan 1/2026", HEAD, NOW);
				case PENILAIAN -> designate(this.programme.getTargetPredicate(), "SK 1/2026", TODAY);
			}
		}
		while (this.programme.getStage() != stage);
	}

	private void designateWbk() {
		designate(Predicate.WBK, "SK 1/2026", TODAY);
	}

	private void designate(Predicate predicate, String decree, LocalDate decreeDate) {
		this.programme.designate(2026, predicate, decree, decreeDate, null, TODAY, TPN, NOW);
	}

	private void revoke(Predicate predicate, String reason, String decree) {
		this.programme.revoke(predicate, reason, decree, TODAY, null, TODAY, TPN, NOW);
	}

	private void holdWbbm() {
		advanceTo(Stage.PENETAPAN);
		advanceTo(Stage.PENETAPAN);
	}

	private static void assertRefused(ThrowingCallable command, Reason reason) {
		assertThatThrownBy(command).isInstanceOfSatisfying(WorkflowRuleException.class,
				(ex) -> assertThat(ex.getReason()).isEqualTo(reason));
	}

}
