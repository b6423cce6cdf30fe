package id.zonaintegritas.assessment;

import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.zonaintegritas.document.DocumentView;
import id.zonaintegritas.period.PeriodClosedException;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ForbiddenException;
import id.zonaintegritas.shared.NotFoundException;
import id.zonaintegritas.shared.Predicate;
import id.zonaintegritas.shared.ProgrammeDates;
import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.Races;
import id.zonaintegritas.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@PortalIntegrationTest
class SelfAssessmentServiceTests {

	static final int YEAR = Year.now(ProgrammeDates.WIB).getValue();

	@Autowired
	SelfAssessmentService assessments;

	@Autowired
	SelfAssessmentPages pages;

	@Autowired
	InstrumentService instruments;

	@Autowired
	ChecklistService checklists;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	long unit;

	Actor staff;

	@BeforeEach
	void startedSelfAssessment() {
		this.unit = TestData.newWorkUnit(this.jdbc, "BPS");
		this.staff = TestData.staffOf(this.jdbc, this.unit);
		this.assessments.start(this.unit, YEAR, this.staff);
	}

	@Test
	void theBundledInstrumentIsLoadedAsAPublishedVersionWithEveryPartOfIt() {
		LkeVersion version = this.instruments.inForce();

		assertThat(version.name()).isEqualTo("PermenPAN-RB 90/2021");
		assertThat(version.published()).isTrue();
		// 110 pengungkit questions in six areas, and the three of hasil
		assertThat(this.jdbc.queryForObject("select count(*) from lke_question where version_id = ?", Long.class,
				version.id()))
			.isEqualTo(113);
		assertThat(version.areas().stream().filter(LkeArea::isPengungkit).mapToInt(LkeArea::questionCount).sum())
			.isEqualTo(110);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from lke_option o join lke_question q on q.id = o.question_id where q.version_id = ?",
				Long.class, version.id()))
			.isEqualTo(17 * 2 + 36 * 3 + 33 * 4 + 17 * 5);
		assertThat(version.areas()).extracting(LkeArea::code).containsExactly("A", "B", "C", "D", "E", "F", "HB", "HP");
		assertThat(this.jdbc.queryForList(
				"select distinct predicate from lke_minimum where version_id = ? and applied order by predicate",
				String.class, version.id()))
			.containsExactly("WBBM", "WBK");
		assertThat(this.jdbc.queryForObject("select count(*) from lke_version_file where version_id = ?", Long.class,
				version.id()))
			.isEqualTo(6);
	}

	@Test
	void everyAnswerTypeIsSavedWithItsValueAndTheScoresFollow() {
		LkeVersion version = this.instruments.inForce();
		String ipak = version.question("HBA").orElseThrow().inputs().get(0).name();
		Map<String, AnswerInput> answers = new LinkedHashMap<>();
		answers.put("PPA1A", option("Ya", "SK Tim ZI nomor 12/2026"));
		answers.put("PPA1B", option("B", null));
		answers.put("PPA3A", option("A", null));
		answers.put("PPB1B", option("E", null));
		answers.put("PRA1A", numbers(Map.of("jumlah_agen_perubahan", "8", "jumlah_perubahan", "6")));
		answers.put("HBA", numbers(Map.of(ipak, "3,60")));
		answers.put("HBB", option("A", null));

		int changed = this.assessments.saveAnswers(this.unit, YEAR, answers, this.staff);

		assertThat(changed).isEqualTo(7);
		assertThat(this.jdbc.queryForList(
				"""
						select q.code || '=' || trim_scale(a.value) from lke_answer a join lke_question q on q.id = a.question_id
						join lke_assessment s on s.id = a.assessment_id where s.work_unit_id = ? order by q.code
						""",
				String.class, this.unit))
			.containsExactly("HBA=0.9", "HBB=1", "PPA1A=1", "PPA1B=0.5", "PPA3A=1", "PPB1B=0", "PRA1A=0.75");
		assertThat(this.jdbc.queryForList(
				"""
						select n.name || '=' || trim_scale(n.value) from lke_answer_number n join lke_question q on q.id = n.question_id
						join lke_assessment s on s.id = n.assessment_id where s.work_unit_id = ? order by q.code, n.name
						""",
				String.class, this.unit))
			.containsExactly(ipak + "=3.6", "jumlah_agen_perubahan=8", "jumlah_perubahan=6");

		LkeOverview overview = this.pages.overview(this.unit, YEAR, this.staff);
		Scorecard scores = overview.scorecard();
		// HBA: 3.6 / 4 × 17.5 = 15.75; HBB: 1 × 5 = 5
		assertThat(scores.hasil()).isEqualByComparingTo("20.75");
		assertThat(overview.areas().get(0).status()).isEqualTo("IN_PROGRESS");
		assertThat(overview.checks(Predicate.WBK)).anySatisfy((check) -> {
			assertThat(check.minimum().criterion()).isEqualTo("ipak");
			assertThat(check.met()).isTrue();
		});
		assertThat(overview.unmet(Predicate.WBK)).isPositive();
	}

	@Test
	void onePageIsSavedAllOrNothingAndEveryProblemIsReported() {
		Map<String, AnswerInput> answers = new LinkedHashMap<>();
		answers.put("PPA1A", option("Ya", null));
		answers.put("PPA1B", option("F", null));
		answers.put("PRA1A", numbers(Map.of("jumlah_agen_perubahan", "0", "jumlah_perubahan", "3")));
		answers.put("PRA1B", numbers(Map.of("jumlah_perubahan", "dua", "jumlah_perubahan_terintegrasi", "")));

		assertThatThrownBy(() -> this.assessments.saveAnswers(this.unit, YEAR, answers, this.staff))
			.isInstanceOfSatisfying(AnswerRejectedException.class,
					(ex) -> assertThat(ex.getProblems())
						.extracting(AnswerProblem::questionCode, AnswerProblem::field, AnswerProblem::messageKey)
						.containsExactly(tuple("PPA1B", "option", "lke.answer.optionUnknown"),
								tuple("PRA1A", "jumlah_agen_perubahan", "lke.answer.nothingDue"),
								tuple("PRA1B", "jumlah_perubahan", "lke.answer.count"),
								tuple("PRA1B", "jumlah_perubahan_terintegrasi", "lke.answer.numberMissing")));
		assertThat(answerCount()).isZero();
	}

	@Test
	void everyChangeOfAnAnswerIsKeptWithWhoWhenBeforeAndAfterAndRepeatingItIsNoChange() {
		this.assessments.saveAnswers(this.unit, YEAR, Map.of("PPA1B", option("C", null)), this.staff);
		Actor colleague = TestData.staffOf(this.jdbc, this.unit);
		this.assessments.saveAnswers(this.unit, YEAR, Map.of("PPA1B", option("A", "Tim dipilih lewat seleksi")),
				colleague);
		int repeated = this.assessments.saveAnswers(this.unit, YEAR,
				Map.of("PPA1B", option("A", "Tim dipilih lewat seleksi")), colleague);

		assertThat(repeated).isZero();
		LkeQuestionPage page = this.pages.question(this.unit, YEAR, "PPA1B", this.staff);
		assertThat(page.changes()).hasSize(2);
		AnswerChange latest = page.changes().get(0);
		assertThat(latest.changedBy()).isEqualTo(colleague.username());
		assertThat(latest.before()).containsEntry("option", "C");
		assertThat(latest.after()).containsEntry("option", "A")
			.containsEntry("justification", "Tim dipilih lewat seleksi");
		assertThat(page.changes().get(1).before()).isNull();
		assertThatThrownBy(() -> this.jdbc
			.update("update lke_answer_change set changed_by = 'x' where assessment_id = ?", assessmentId()))
			.isInstanceOf(DataAccessException.class);
	}

	@Test
	void twoSavesOfTheSameAnswerAtOnceAreKeptInTheOrderTheyHappened() throws Exception {
		Actor colleague = TestData.staffOf(this.jdbc, this.unit);

		Throwable second = Races.secondWhileTheFirstHoldsItsLocks(this.transactionManager, this.jdbc,
				() -> this.assessments.saveAnswers(this.unit, YEAR, Map.of("PPA1B", option("C", null)), this.staff),
				() -> this.assessments.saveAnswers(this.unit, YEAR, Map.of("PPA1B", option("A", null)), colleague));

		assertThat(second).isNull();
		List<AnswerChange> changes = this.pages.question(this.unit, YEAR, "PPA1B", this.staff).changes();
		assertThat(changes).hasSize(2);
		assertThat(changes.get(0).changedBy()).isEqualTo(colleague.username());
		assertThat(changes.get(0).before()).containsEntry("option", "C");
		assertThat(changes.get(0).after()).containsEntry("option", "A");
		assertThat(changes.get(1).before()).isNull();
	}

	@Test
	void submittingNeedsEveryAnswerAndThenFreezesTheSelfAssessmentAlsoInTheDatabase() {
		assertThatThrownBy(() -> this.assessments.submit(this.unit, YEAR, this.staff)).isInstanceOfSatisfying(
				AssessmentRuleException.class,
				(ex) -> assertThat(ex.getReason()).isEqualTo(AssessmentRuleException.Reason.INCOMPLETE));

		answerEverything(this.unit, this.staff);
		SelfAssessment submitted = this.assessments.submit(this.unit, YEAR, this.staff);

		assertThat(submitted.submitted()).isTrue();
		assertThat(this.pages.overview(this.unit, YEAR, this.staff).scorecard().total()).isEqualByComparingTo("100");
		assertThatThrownBy(
				() -> this.assessments.saveAnswers(this.unit, YEAR, Map.of("PPA1A", option("Tidak", null)), this.staff))
			.isInstanceOfSatisfying(AssessmentRuleException.class,
					(ex) -> assertThat(ex.getReason()).isEqualTo(AssessmentRuleException.Reason.SUBMITTED));
		assertThatThrownBy(() -> this.jdbc
			.update("update lke_answer set justification = 'diam-diam' where assessment_id = ?", submitted.id()))
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(
				() -> this.jdbc.update("delete from lke_answer_number where assessment_id = ?", submitted.id()))
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> this.jdbc.update("update lke_assessment set status = 'DRAFT', submitted_at = null, "
				+ "submitted_by = null where id = ?", submitted.id()))
			.isInstanceOf(DataAccessException.class);
	}

	@Test
	void aSelfAssessmentIsSubmittedOnlyInsideItsPeriodsWindow() {
		int lastYear = YEAR - 1;
		this.assessments.start(this.unit, lastYear, this.staff);
		Map<String, AnswerInput> all = new LinkedHashMap<>();
		this.instruments.inForce().questions().forEach((question) -> all.put(question.code(), best(question)));
		this.assessments.saveAnswers(this.unit, lastYear, all, this.staff);

		assertThatThrownBy(() -> this.assessments.submit(this.unit, lastYear, this.staff)).isInstanceOfSatisfying(
				PeriodClosedException.class,
				(ex) -> assertThat(ex.getMessageKey()).isEqualTo("period.closed.over.SELF_ASSESSMENT"));
		assertThat(
				this.jdbc.queryForObject("select status from lke_assessment where work_unit_id = ? and period_year = ?",
						String.class, this.unit, lastYear))
			.isEqualTo("DRAFT");
	}

	@Test
	void theDatabaseKeepsAnswersToTheirVersionOptionsToTheirQuestionAndOneAssessmentPerPeriod() {
		long assessment = assessmentId();
		long version = this.instruments.inForce().id();
		long otherVersion = this.jdbc.queryForObject(
				"insert into lke_version (name, status, loaded_by) values ('Versi uji ' || ?, 'DRAFT', 'uji') returning id",
				Long.class, System.nanoTime());
		long otherArea = this.jdbc.queryForObject(
				"insert into lke_area (version_id, code, name, component, position) values (?, 'A', 'Area', 'PENGUNGKIT', 1) returning id",
				Long.class, otherVersion);
		long otherSubArea = this.jdbc.queryForObject("""
				insert into lke_sub_area (version_id, area_id, code, name, part, weight, position)
				values (?, ?, 'PPA1', 'Sub', 'PEMENUHAN', 0.5, 1) returning id""", Long.class, otherVersion, otherArea);
		long questionOfOtherVersion = this.jdbc.queryForObject("""
				insert into lke_question (version_id, sub_area_id, code, position, text, answer_type)
				values (?, ?, 'PPA1A', 1, 'Soal', 'YA_TIDAK') returning id""", Long.class, otherVersion, otherSubArea);
		long question = questionId(version, "PPA1A");
		long optionOfAnotherQuestion = this.jdbc.queryForObject(
				"select o.id from lke_option o where o.question_id = ? and o.letter = 'A'", Long.class,
				questionId(version, "PPA1B"));

		assertThatThrownBy(() -> this.jdbc
			.update("insert into lke_answer (assessment_id, version_id, question_id, value, answered_at, answered_by) "
					+ "values (?, ?, ?, 1, now(), 'uji')", assessment, version, questionOfOtherVersion))
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> this.jdbc
			.update("insert into lke_answer (assessment_id, version_id, question_id, value, answered_at, answered_by) "
					+ "values (?, ?, ?, 1, now(), 'uji')", assessment, otherVersion, questionOfOtherVersion))
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> this.jdbc.update(
				"insert into lke_answer (assessment_id, version_id, question_id, option_id, value, answered_at, answered_by) "
						+ "values (?, ?, ?, ?, 1, now(), 'uji')",
				assessment, version, question, optionOfAnotherQuestion))
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> this.jdbc.update("insert into lke_assessment (work_unit_id, period_year, version_id, "
				+ "started_at, started_by) values (?, ?, ?, now(), 'uji')", this.unit, YEAR, version))
			.isInstanceOf(DataAccessException.class);
		assertThat(answerCount()).isZero();
	}

	@Test
	void theDatabaseKeepsEachSubAreasSumAsAnswersAreGivenChangedAndCleared() {
		this.assessments.saveAnswers(this.unit, YEAR, Map.of("PPA1A", option("Ya", null), "PPA1B", option("B", null),
				"PRA1A", numbers(Map.of("jumlah_agen_perubahan", "8", "jumlah_perubahan", "6"))), this.staff);
		this.assessments.saveAnswers(this.unit, YEAR, Map.of("PPA1B", option("A", null), "PRA1A",
				numbers(Map.of("jumlah_agen_perubahan", "", "jumlah_perubahan", ""))), this.staff);

		String kept = """
				select s.code || '=' || trim_scale(t.value_sum) || '/' || t.answered from lke_sub_area_tally t
				join lke_sub_area s on s.id = t.sub_area_id where t.assessment_id = ? and t.answered > 0 order by s.code""";
		String counted = """
				select s.code || '=' || trim_scale(sum(x.value)) || '/' || count(*) from lke_answer x
				join lke_question q on q.id = x.question_id join lke_sub_area s on s.id = q.sub_area_id
				where x.assessment_id = ? group by s.code order by s.code""";
		assertThat(this.jdbc.queryForList(kept, String.class, assessmentId())).containsExactly("PPA1=2/2")
			.isEqualTo(this.jdbc.queryForList(counted, String.class, assessmentId()));
	}

	@Test
	void aPublishedVersionNeverChanges() {
		long version = this.instruments.inForce().id();

		assertThatThrownBy(
				() -> this.jdbc.update("update lke_question set text = 'diubah' where version_id = ?", version))
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> this.jdbc.update(
				"update lke_option set value = 1 where question_id in (select id from lke_question where version_id = ?)",
				version))
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> this.jdbc.update("update lke_minimum set minimum = 0 where version_id = ?", version))
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> this.jdbc.update("delete from lke_version where id = ?", version))
			.isInstanceOf(DataAccessException.class);
	}

	@Test
	void evidenceComesFromTheUnitsLibraryOrAnUploadAndNeverFromAnotherUnit() {
		DocumentView uploaded = this.assessments.upload(this.unit, YEAR, "PPA1A", "sk-tim.pdf",
				TestData.pdf("SK Tim " + System.nanoTime()), this.staff);
		long otherUnit = TestData.newWorkUnit(this.jdbc, "BPS");
		Actor otherStaff = TestData.staffOf(this.jdbc, otherUnit);
		DocumentView foreign = this.assessments.upload(otherUnit, YEAR, "PPA1A", "lain.pdf",
				TestData.pdf("Lain " + System.nanoTime()), startOther(otherUnit, otherStaff));

		this.assessments.attach(this.unit, YEAR, "PPA1B", List.of(uploaded.id()), this.staff);

		assertThat(this.pages.area(this.unit, YEAR, "A", this.staff).evidenceOf("PPA1A")).isOne();
		assertThat(this.pages.question(this.unit, YEAR, "PPA1B", this.staff).evidence()).extracting(DocumentView::id)
			.containsExactly(uploaded.id());
		assertThatThrownBy(() -> this.assessments.attach(this.unit, YEAR, "PPA1A", List.of(foreign.id()), this.staff))
			.isInstanceOf(RuntimeException.class);
		assertThatThrownBy(() -> this.pages.evidence(this.unit, YEAR, foreign.id(), this.staff))
			.isInstanceOf(NotFoundException.class);

		this.assessments.detach(this.unit, YEAR, "PPA1A", uploaded.id(), this.staff);
		assertThat(this.pages.area(this.unit, YEAR, "A", this.staff).evidenceOf("PPA1A")).isZero();
		assertThat(this.pages.evidence(this.unit, YEAR, uploaded.id(), this.staff).document().fileName())
			.isEqualTo("sk-tim.pdf");
	}

	@Test
	void theInstitutionsChecklistIsTickedPerQuestion() {
		Actor admin = TestData.admin(this.jdbc);
		long institution = this.jdbc.queryForObject("select institution_id from work_unit where id = ?", Long.class,
				this.unit);
		long version = this.instruments.inForce().id();
		this.checklists.replace(institution, version, "A",
				Map.of("PPA1A", List.of("SK pembentukan tim", "Daftar anggota tim")), admin);
		List<ChecklistItem> items = this.checklists.checklist(institution, version).get("PPA1A");

		this.assessments.tick(this.unit, YEAR, "PPA1A", Set.of(items.get(0).id()), this.staff);

		LkeAreaPage area = this.pages.area(this.unit, YEAR, "A", this.staff);
		assertThat(area.checklistSizeOf("PPA1A")).isEqualTo(2);
		assertThat(area.tickedOf("PPA1A")).isOne();
		assertThatThrownBy(() -> this.assessments.tick(this.unit, YEAR, "PPA1B", Set.of(items.get(0).id()), this.staff))
			.isInstanceOfSatisfying(AssessmentRuleException.class, (ex) -> assertThat(ex.getReason())
				.isEqualTo(AssessmentRuleException.Reason.CHECKLIST_ITEM_ELSEWHERE));
	}

	@Test
	void staffOfTheUnitFillItReviewersOfItsInstitutionReadItNobodyElseSeesIt() {
		this.assessments.saveAnswers(this.unit, YEAR, Map.of("PPA1A", option("Ya", null)), this.staff);
		Actor reviewer = TestData.reviewerOf(this.jdbc, "BPS");
		Actor otherReviewer = TestData.reviewerOf(this.jdbc, "KKP");
		Actor otherStaff = TestData.staffOf(this.jdbc, TestData.newWorkUnit(this.jdbc, "BPS"));

		LkeAreaPage read = this.pages.area(this.unit, YEAR, "A", reviewer);

		assertThat(read.answers()).containsKey("PPA1A");
		assertThat(read.editable()).isFalse();
		assertThat(this.pages.area(this.unit, YEAR, "A", this.staff).editable()).isTrue();
		assertThatThrownBy(() -> this.pages.overview(this.unit, YEAR, otherReviewer))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> this.pages.overview(this.unit, YEAR, otherStaff))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(
				() -> this.assessments.saveAnswers(this.unit, YEAR, Map.of("PPA1A", option("Tidak", null)), reviewer))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(
				() -> this.assessments.saveAnswers(this.unit, YEAR, Map.of("PPA1A", option("Tidak", null)), otherStaff))
			.isInstanceOf(ForbiddenException.class);
	}

	@Test
	void anAdministratorLoadsAVersionAllOrNothingSeesItThenPublishesIt() {
		Actor admin = TestData.admin(this.jdbc);
		InstrumentFiles bundled = InstrumentFiles.bundled();
		Map<String, byte[]> broken = new LinkedHashMap<>(bundled.contents());
		broken.put(InstrumentFiles.SCORING,
				new String(bundled.contents().get(InstrumentFiles.SCORING), StandardCharsets.UTF_8)
					.replace("A_C,B,0.5,", "A_C,B,1.5,")
					.getBytes(StandardCharsets.UTF_8));
		long versionsBefore = this.jdbc.queryForObject("select count(*) from lke_version", Long.class);

		assertThatThrownBy(() -> this.instruments.load(new InstrumentFiles("Versi rusak", broken), admin))
			.isInstanceOfSatisfying(InstrumentRejectedException.class,
					(ex) -> assertThat(ex.getProblems()).anySatisfy((problem) -> {
						assertThat(problem.file()).isEqualTo(InstrumentFiles.SCORING);
						assertThat(problem.line()).isPositive();
						assertThat(problem.messageKey()).isEqualTo("lke.instrument.valueRange");
					}));
		assertThat(this.jdbc.queryForObject("select count(*) from lke_version", Long.class)).isEqualTo(versionsBefore);
		assertThatThrownBy(() -> this.instruments.load(bundled, admin)).isInstanceOfSatisfying(
				InstrumentRejectedException.class,
				(ex) -> assertThat(ex.getMessageKey()).isEqualTo("lke.instrument.nameTaken"));

		String name = "Uji " + System.nanoTime();
		long draft = this.instruments.load(new InstrumentFiles(name, bundled.contents()), admin);
		assertThat(this.instruments.version(draft).published()).isFalse();
		assertThat(this.instruments.version(draft).questions()).hasSize(113);
		assertThat(this.instruments.files(draft, admin)).containsKeys(InstrumentFiles.NAMES.toArray(String[]::new));
		assertThatThrownBy(() -> this.instruments.load(bundled, Actor.admin(this.staff.username())))
			.isInstanceOf(ForbiddenException.class);

		this.instruments.discard(draft, admin);
		assertThat(this.jdbc.queryForObject("select count(*) from lke_version where id = ?", Long.class, draft))
			.isZero();
		assertThatThrownBy(() -> this.instruments.discard(this.instruments.inForce().id(), admin))
			.isInstanceOf(InstrumentRejectedException.class);
	}

	static AnswerInput option(String letter, String justification) {
		return new AnswerInput(letter, Map.of(), justification);
	}

	static AnswerInput numbers(Map<String, String> numbers) {
		return new AnswerInput(null, numbers, null);
	}

	/**
	 * The best answer to every question: Ya, A, every survey index 4, numerators above
	 * their denominators, no violations this year.
	 */
	void answerEverything(long unitId, Actor by) {
		Map<String, AnswerInput> all = new LinkedHashMap<>();
		for (LkeQuestion question : this.instruments.inForce().questions()) {
			all.put(question.code(), best(question));
		}
		this.assessments.saveAnswers(unitId, YEAR, all, by);
	}

	static AnswerInput best(LkeQuestion question) {
		if (!question.type().isNumeric()) {
			return option(question.options().get(0).letter(), null);
		}
		Map<String, String> numbers = new LinkedHashMap<>();
		for (NumericInput input : question.inputs()) {
			String role = (input.role() != null) ? input.role() : "";
			numbers.put(input.name(), input.surveyIndex() ? "4"
					: role.startsWith("current") ? "0" : role.startsWith("numerator") ? "1000" : "10");
		}
		return numbers(numbers);
	}

	private Actor startOther(long otherUnit, Actor otherStaff) {
		this.assessments.start(otherUnit, YEAR, otherStaff);
		return otherStaff;
	}

	private long assessmentId() {
		return this.jdbc.queryForObject("select id from lke_assessment where work_unit_id = ? and period_year = ?",
				Long.class, this.unit, YEAR);
	}

	private long questionId(long version, String code) {
		return this.jdbc.queryForObject("select id from lke_question where version_id = ? and code = ?", Long.class,
				version, code);
	}

	private long answerCount() {
		return this.jdbc.queryForObject(
				"select count(*) from lke_answer a join lke_assessment s on s.id = a.assessment_id where s.work_unit_id = ?",
				Long.class, this.unit);
	}

}
