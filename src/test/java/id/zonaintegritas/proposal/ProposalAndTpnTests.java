package id.zonaintegritas.proposal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.zonaintegritas.assessment.InstrumentService;
import id.zonaintegritas.assessment.LkeVersion;
import id.zonaintegritas.assessment.Minimum;
import id.zonaintegritas.assessment.MinimumsInForce;
import id.zonaintegritas.assessment.SelfAssessmentService;
import id.zonaintegritas.evaluation.TpiEvaluationService;
import id.zonaintegritas.evaluation.TpiRole;
import id.zonaintegritas.evaluation.TpiTeamService;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ForbiddenException;
import id.zonaintegritas.shared.Predicate;
import id.zonaintegritas.shared.ProgrammeDates;
import id.zonaintegritas.support.Lke;
import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The instansi head's proposal and the TPN's steps on real PostgreSQL: only what the gate
 * lets through is proposed, all or nothing; the selection, the one objection and its
 * answer; not designated sends the unit back to building, proposable in a later period;
 * and the minimums an administrator sets for a period are the gate's.
 */
@PortalIntegrationTest
class ProposalAndTpnTests {

	static final int YEAR = Year.now(ProgrammeDates.WIB).getValue();

	@Autowired
	ProposalService proposals;

	@Autowired
	TpnService tpn;

	@Autowired
	TpiEvaluationService tpi;

	@Autowired
	TpiTeamService teams;

	@Autowired
	SelfAssessmentService assessments;

	@Autowired
	InstrumentService instruments;

	@Autowired
	MinimumsInForce minimums;

	@Autowired
	JdbcTemplate jdbc;

	LkeVersion version;

	Actor head;

	Actor evaluator;

	Actor lead;

	Actor national;

	@BeforeEach
	void accounts() {
		this.version = this.instruments.inForce();
		this.head = TestData.headOf(this.jdbc, "BPS");
		this.evaluator = TestData.reviewerOf(this.jdbc, "BPS");
		this.lead = TestData.reviewerOf(this.jdbc, "BPS");
		this.national = TestData.tpn(this.jdbc);
	}

	@Test
	void onlyUnitsThroughTheGateAreProposedAndAProposalIsAllOrNothing() {
		long passing = unitWithLhe(true);
		long failing = unitWithLhe(false);

		assertThat(this.proposals.overview(this.head, YEAR).eligible()).extracting((u) -> u.unit().id())
			.contains(passing)
			.doesNotContain(failing);
		assertThatThrownBy(() -> propose(List.of(passing, failing))).isInstanceOfSatisfying(ProposalRuleException.class,
				(ex) -> assertThat(ex.getMessageKey()).isEqualTo("proposal.rule.notEligible"));
		assertThatThrownBy(() -> this.proposals.propose(this.head, YEAR, List.of(passing), "B-1",
				LocalDate.now(ProgrammeDates.WIB), letter(), new ProposalService.Letter("foto.png", TestData.png())))
			.isInstanceOfSatisfying(ProposalRuleException.class,
					(ex) -> assertThat(ex.getMessageKey()).isEqualTo("proposal.rule.pdfOnly"));
		assertThat(this.jdbc.queryForObject("select count(*) from proposed_unit where work_unit_id in (?, ?)",
				Integer.class, passing, failing))
			.isZero();
		assertThat(stage(passing)).isEqualTo("PENGUSULAN");

		Proposal proposal = propose(List.of(passing));

		assertThat(proposal.units()).singleElement().satisfies((unit) -> {
			assertThat(unit.unit().id()).isEqualTo(passing);
			assertThat(unit.lheNumber()).isEqualTo("LHE-" + passing);
		});
		assertThat(stage(passing)).isEqualTo("PENILAIAN");
		assertThatThrownBy(() -> propose(List.of(passing))).as("proposed once per period")
			.isInstanceOf(ProposalRuleException.class);
		Actor otherHead = TestData.headOf(this.jdbc, "BPOM");
		assertThatThrownBy(() -> this.proposals.proposal(proposal.id(), otherHead))
			.isInstanceOf(ForbiddenException.class);
	}

	@Test
	void theInstansiObjectsOnceAndTheTpnsAnswerDecides() {
		long unit = unitWithLhe(true);
		propose(List.of(unit));

		assertThatThrownBy(() -> this.tpn.select(unit, YEAR, Selection.TIDAK_LOLOS, " ", this.national))
			.isInstanceOfSatisfying(ProposalRuleException.class,
					(ex) -> assertThat(ex.getMessageKey()).isEqualTo("proposal.rule.selectionNotesRequired"));
		this.tpn.select(unit, YEAR, Selection.TIDAK_LOLOS, "SPTJM tidak ditandatangani pimpinan.", this.national);
		assertThatThrownBy(() -> this.tpn.save(unit, YEAR, Lke.best(this.version), Lke.allStand(this.version, true),
				Map.of(), this.national))
			.as("not evaluated unless it passed")
			.isInstanceOf(ProposalRuleException.class);
		this.proposals.object(unit, YEAR, "SPTJM telah ditandatangani; terlampir pada surat pengantar.", this.head);
		assertThatThrownBy(() -> this.proposals.object(unit, YEAR, "Lagi", this.head)).isInstanceOfSatisfying(
				ProposalRuleException.class,
				(ex) -> assertThat(ex.getMessageKey()).isEqualTo("proposal.rule.alreadyObjected"));
		assertThatThrownBy(() -> this.tpn.notDesignated(unit, YEAR, "Tidak lolos", this.national))
			.isInstanceOfSatisfying(ProposalRuleException.class,
					(ex) -> assertThat(ex.getMessageKey()).isEqualTo("proposal.rule.objectionWaiting"));

		this.tpn.answerObjection(unit, YEAR, true, "SPTJM diterima.", this.national);

		assertThat(this.jdbc.queryForMap("""
				select selection, objection_upheld from proposed_unit where work_unit_id = ? and period_year = ?
				""", unit, YEAR)).containsEntry("selection", "LOLOS").containsEntry("objection_upheld", true);
		assertThat(this.tpn.save(unit, YEAR, Lke.best(this.version), Lke.allStand(this.version, true), Map.of(),
				this.national))
			.isEqualTo(this.version.questions().size());
		assertThat(this.tpn.desk(unit, YEAR, this.national).tpnGate().met()).isTrue();
	}

	@Test
	void notDesignatedSendsTheUnitBackToBuildingAndItMayBeProposedInALaterPeriod() {
		long unit = unitWithLhe(true);
		propose(List.of(unit));
		this.tpn.select(unit, YEAR, Selection.LOLOS, null, this.national);

		this.tpn.notDesignated(unit, YEAR, "Nilai TPN 71,20; di bawah 75.", this.national);

		assertThat(stage(unit)).isEqualTo("PEMBANGUNAN");
		assertThat(
				this.jdbc.queryForMap("select result, result_reason from proposal_record where work_unit_id = ?", unit))
			.containsEntry("result", "NOT_DESIGNATED")
			.containsEntry("result_reason", "Nilai TPN 71,20; di bawah 75.");
		assertThat(this.jdbc.queryForList("select action from audit_entry where work_unit_id = ? order by id",
				String.class, unit))
			.contains("STAGE_MOVED_BY_PROPOSAL", "UNIT_SELECTED", "NOT_DESIGNATED");
	}

	@Test
	void theTpnDesignatesOnlyWithAPdfDecreeAndRevokesByDecree() {
		long unit = unitWithLhe(true);
		propose(List.of(unit));
		this.tpn.select(unit, YEAR, Selection.LOLOS, null, this.national);

		assertThatThrownBy(() -> this.tpn.designate(unit, YEAR, "SK 1", LocalDate.now(ProgrammeDates.WIB), "sk.png",
				TestData.png(), this.national))
			.isInstanceOfSatisfying(ProposalRuleException.class,
					(ex) -> assertThat(ex.getMessageKey()).isEqualTo("proposal.rule.pdfOnly"));
		this.tpn.designate(unit, YEAR, "SK MenPAN-RB 9/" + YEAR, LocalDate.now(ProgrammeDates.WIB), "sk.pdf",
				TestData.pdf("SK"), this.national);
		assertThat(stage(unit)).isEqualTo("PENETAPAN");

		this.tpn.revoke(unit, Predicate.WBK, "Kasus gratifikasi pegawai", "SK MenPAN-RB 10/" + YEAR,
				LocalDate.now(ProgrammeDates.WIB), "cabut.pdf", TestData.pdf("cabut"), this.national);

		assertThat(stage(unit)).isEqualTo("PEMBANGUNAN");
		assertThat(this.jdbc.queryForMap("""
				select d.recorded_by, d.revoked_by, d.decree_document_id is not null as decree_file,
				       d.revocation_document_id is not null as revocation_file
				from designation d join zi_programme p on p.id = d.programme_id where p.work_unit_id = ?
				""", unit)).containsEntry("recorded_by", this.national.username())
			.containsEntry("revoked_by", this.national.username())
			.containsEntry("decree_file", true)
			.containsEntry("revocation_file", true);
	}

	@Test
	void theMinimumsAnAdministratorSetsForAPeriodAreTheGatesAndOnlyASourcesValueIsTaken() {
		Actor admin = TestData.admin(this.jdbc);
		int year = 2016;
		assertThat(capaianKinerjaWbbm(year)).as("the stricter by default").isEqualByComparingTo("3.75");
		assertThat(this.minimums.disputed(year, this.version.id(), admin))
			.extracting(MinimumsInForce.DisputedMinimum::criterion)
			.containsExactlyInAnyOrder("bersih_dan_akuntabel", "capaian_kinerja");

		assertThatThrownBy(() -> this.minimums.set(year, this.version.id(), Predicate.WBBM, "capaian_kinerja", "HBB",
				new BigDecimal("3.00"), admin))
			.hasMessageStartingWith("lke.rule.minimumNotASourceValue");
		this.minimums.set(year, this.version.id(), Predicate.WBBM, "capaian_kinerja", "HBB", new BigDecimal("2.50"),
				admin);

		assertThat(capaianKinerjaWbbm(year)).isEqualByComparingTo("2.50");
		assertThat(capaianKinerjaWbbm(year + 1)).as("other periods keep theirs").isEqualByComparingTo("3.75");
		assertThatThrownBy(() -> this.minimums.disputed(year, this.version.id(), this.head))
			.isInstanceOf(ForbiddenException.class);
	}

	private BigDecimal capaianKinerjaWbbm(int year) {
		return this.minimums.of(year, this.version, Predicate.WBBM)
			.stream()
			.filter((minimum) -> minimum.criterion().equals("capaian_kinerja"))
			.map(Minimum::minimum)
			.findFirst()
			.orElseThrow();
	}

	/**
	 * A new BPS unit whose LKE the TPI approved this year: with the unit's best answers
	 * (through the gate) or the worst (not).
	 */
	private long unitWithLhe(boolean passing) {
		long unit = TestData.newWorkUnit(this.jdbc, "BPS");
		Actor staff = TestData.staffOf(this.jdbc, unit);
		this.jdbc.update("insert into zi_programme (work_unit_id, stage, updated_at) values (?, 'PEMBANGUNAN', now())",
				unit);
		Map<String, TpiRole> roles = new LinkedHashMap<>();
		roles.put(this.evaluator.username(), TpiRole.EVALUATOR);
		roles.put(this.lead.username(), TpiRole.LEAD);
		this.teams.assign(unit, YEAR, roles, this.lead);
		this.assessments.start(unit, YEAR, staff);
		this.assessments.saveAnswers(unit, YEAR, passing ? Lke.best(this.version) : Lke.worst(this.version), staff);
		this.assessments.submit(unit, YEAR, staff);
		this.tpi.save(unit, YEAR, passing ? Lke.best(this.version) : Lke.worst(this.version),
				Lke.allStand(this.version, true), Map.of(), this.evaluator);
		this.tpi.approve(unit, YEAR, "LHE-" + unit, LocalDate.now(ProgrammeDates.WIB), this.lead);
		return unit;
	}

	private Proposal propose(List<Long> units) {
		return this.proposals.propose(this.head, YEAR, units, "B-" + units.get(0) + "/BPS/" + YEAR,
				LocalDate.now(ProgrammeDates.WIB), letter(), letter());
	}

	private static ProposalService.Letter letter() {
		return new ProposalService.Letter("surat.pdf", TestData.pdf("surat"));
	}

	private String stage(long unit) {
		return this.jdbc.queryForObject("select stage from zi_programme where work_unit_id = ?", String.class, unit);
	}

}
