package id.zonaintegritas.assessment;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.zonaintegritas.shared.Predicate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The LKE's arithmetic, on the bundled instrument of PermenPAN-RB 90/2021, with the sums
 * written out: a sub-area scores Σ values × weight ÷ questions.
 */
class ScorecardTests {

	static final LkeVersion LKE = InstrumentReader.read(InstrumentFiles.bundled()).version();

	@Test
	void theBestAnswersEverywhereScoreSixtyPengungkitAndAHundredInAll() {
		Scorecard best = Scorecard.of(LKE, InstrumentReader.answers(LKE, true));

		assertThat(best.pengungkit()).isEqualByComparingTo("60");
		assertThat(best.hasil()).isEqualByComparingTo("40");
		assertThat(best.total()).isEqualByComparingTo("100");
		assertThat(best.area("E").score()).isEqualByComparingTo("15");
		assertThat(best.area("E").percentOfWeight()).isEqualByComparingTo("100");
		assertThat(best.meets(Predicate.WBK)).isTrue();
		assertThat(best.meets(Predicate.WBBM)).isTrue();
	}

	@Test
	void theWorstAnswersEverywhereScoreNothing() {
		Scorecard worst = Scorecard.of(LKE, InstrumentReader.answers(LKE, false));

		assertThat(worst.total()).isEqualByComparingTo("0");
		assertThat(worst.against(Predicate.WBK)).noneMatch(Scorecard.MinimumCheck::met);
	}

	@Test
	void anUnansweredQuestionCountsNothingAndAnEmptyLkeScoresZero() {
		assertThat(Scorecard.of(LKE, Map.of()).total()).isEqualByComparingTo("0");
		Map<String, BigDecimal> values = InstrumentReader.answers(LKE, true);
		values.remove("PPD2A");

		// PPD2 weighs 2.50 over 8 questions: one missing costs 2.50 / 8 = 0.3125.
		assertThat(Scorecard.of(LKE, values).total()).isEqualByComparingTo("99.6875");
	}

	@Test
	void aMixedLkeGivesItsHandComputedScore() {
		Map<String, BigDecimal> values = InstrumentReader.answers(LKE, true);
		answer(values, "PPA1B", option("PPA1B", "B")); // A_C B = 0.5; PPA1 0.50 / 2:
														// loses 0.5 × 0.25 = 0.125
		answer(values, "PPB2A", option("PPB2A", "C")); // A_C C = 0; PPB2 2.00 / 4: loses
														// 1 × 0.5 = 0.5
		answer(values, "PPE5A", option("PPE5A", "C")); // A_D C = 0.33; PPE5 1.50 / 5:
														// loses 0.67 × 0.3 = 0.201
		answer(values, "PPD2A", option("PPD2A", "Tidak")); // Tidak = 0; PPD2 2.50 / 8:
															// loses 0.3125
		answer(values, "PPF1A", option("PPF1A", "D")); // A_E D = 0.25; PPF1 1.00 / 4:
														// loses 0.75 × 0.25 = 0.1875
		answer(values, "PRA1A", numeric("PRA1A", Map.of("jumlah_agen_perubahan", 4, "jumlah_perubahan", 3)));
		// 3 / 4 = 0.75; PRA1 2.00 / 2: loses 0.25 × 1 = 0.25
		answer(values, "PRE2A", numeric("PRE2A", Map.of("jumlah_pengaduan_harus_ditindaklanjuti", 8,
				"jumlah_pengaduan_sedang_diproses", 2, "jumlah_pengaduan_selesai_ditindaklanjuti", 6)));
		// 6 / 8 = 0.75; PRE2 3.00 / 1: loses 0.75
		answer(values, "PRC3A", numeric("PRC3A", Map.of("jumlah_pelanggaran_tahun_sebelumnya", 10,
				"jumlah_pelanggaran_tahun_ini", 7, "jumlah_pelanggaran_diberi_sanksi", 7)));
		// (10 − 7) / 10 = 0.3; PRC3 2.00 / 1: loses 0.7 × 2 = 1.4
		values.remove("PPE1A"); // unanswered; PPE1 1.50 / 2: loses 0.75
		answer(values, "HBA", new BigDecimal("3.60").divide(BigDecimal.valueOf(4))); // 0.9
																						// ×
																						// 17.5
																						// =
																						// 15.75
		answer(values, "HBB", option("HBB", "B")); // 0.75 × 5 = 3.75
		answer(values, "HPA", new BigDecimal("3.20").divide(BigDecimal.valueOf(4))); // 0.8
																						// ×
																						// 17.5
																						// =
																						// 14.00

		Scorecard mixed = Scorecard.of(LKE, values);

		// Pengungkit: 60 − (0.125 + 0.5 + 0.201 + 0.3125 + 0.1875 + 0.25 + 0.75 + 1.4 +
		// 0.75) = 60 − 4.476
		assertThat(mixed.pengungkit()).isEqualByComparingTo("55.524");
		// Hasil: 15.75 + 3.75 + 14.00
		assertThat(mixed.hasil()).isEqualByComparingTo("33.5");
		assertThat(mixed.total()).isEqualByComparingTo("89.024");
		assertThat(Scorecard.shown(mixed.total())).isEqualByComparingTo("89.02");
		// Area A: 8 − (0.125 + 0.25) = 7.625, of which pemenuhan 4 − 0.125 and reform 4 −
		// 0.25.
		assertThat(mixed.area("A").score()).isEqualByComparingTo("7.625");
		assertThat(mixed.area("A").pemenuhan()).isEqualByComparingTo("3.875");
		assertThat(mixed.area("A").reform()).isEqualByComparingTo("3.75");
		assertThat(mixed.area("A").percentOfWeight()).isEqualByComparingTo("95.3125");
		// Area E: 15 − (0.201 + 0.75 + 0.75) = 13.299
		assertThat(mixed.area("E").score()).isEqualByComparingTo("13.299");
		assertThat(mixed.subArea("PPE5").score()).isEqualByComparingTo("1.299");
		assertThat(mixed.points("HB")).isEqualByComparingTo("19.5");

		assertThat(mixed.meets(Predicate.WBK)).isTrue();
		// For WBBM, all holds but IPKP: 14.00 of the 15.75 it needs.
		List<Scorecard.MinimumCheck> unmet = mixed.against(Predicate.WBBM)
			.stream()
			.filter((check) -> !check.met())
			.toList();
		assertThat(unmet).singleElement().satisfies((check) -> {
			assertThat(check.minimum().criterion()).isEqualTo("ipkp");
			assertThat(check.shortBy()).isEqualByComparingTo("1.75");
		});
	}

	@Test
	void theStricterMinimumAppliesWhereTheSourcesDisagreeAndTheAreaMinimumsArePerArea() {
		assertThat(LKE.appliedMinimums(Predicate.WBBM)).filteredOn((m) -> m.criterion().equals("capaian_kinerja"))
			.singleElement()
			.satisfies((m) -> assertThat(m.minimum()).isEqualByComparingTo("3.75"));
		assertThat(LKE.appliedMinimums(Predicate.WBBM)).filteredOn((m) -> m.criterion().equals("bersih_dan_akuntabel"))
			.singleElement()
			.satisfies((m) -> assertThat(m.minimum()).isEqualByComparingTo("19.50"));
		assertThat(LKE.appliedMinimums(Predicate.WBK)).extracting(Minimum::criterion)
			.containsOnly("total_score", "pengungkit_total", "area_absolute", "bersih_dan_akuntabel", "ipak",
					"capaian_kinerja", "ipkp")
			.hasSize(12);
	}

	@Test
	void aScoreOfSeventyFourPointNineNineFiveShowsAsSeventyFiveAndMeetsIt() {
		Minimum total = LKE.appliedMinimums(Predicate.WBK)
			.stream()
			.filter((m) -> m.criterion().equals("total_score"))
			.findFirst()
			.orElseThrow();

		assertThat(new Scorecard.MinimumCheck(total, new BigDecimal("74.995")).met()).isTrue();
		assertThat(new Scorecard.MinimumCheck(total, new BigDecimal("74.994")).met()).isFalse();
		assertThat(new Scorecard.MinimumCheck(total, new BigDecimal("74.994")).shortBy()).isEqualByComparingTo("0.01");
	}

	private static BigDecimal option(String code, String letter) {
		return LKE.question(code).orElseThrow().option(letter).orElseThrow().value();
	}

	private static BigDecimal numeric(String code, Map<String, Integer> inputs) {
		Map<String, BigDecimal> numbers = new HashMap<>();
		inputs.forEach((name, value) -> numbers.put(name, BigDecimal.valueOf(value)));
		return LKE.question(code).orElseThrow().formula().evaluate(numbers);
	}

	private static void answer(Map<String, BigDecimal> values, String code, BigDecimal value) {
		values.put(code, value);
	}

}
