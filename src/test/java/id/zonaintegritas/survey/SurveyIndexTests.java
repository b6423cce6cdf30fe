package id.zonaintegritas.survey;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The index arithmetic, against a hand-computed example. */
class SurveyIndexTests {

	@Test
	void fourRespondentsByHand() {
		// Respondents' means 4, 3, 3.5 and 2.5: n = 4, Σm = 13, Σm² = 16 + 9 + 12.25 +
		// 6.25 = 43.5.
		// Index 13 / 4 = 3.25; s² = (43.5 − 13² / 4) / 3 = 1.25 / 3 = 0.41667, s =
		// 0.64550;
		// margin = 1.96 × 0.64550 / √4 = 0.63259 → 0.63; points = 3.25 / 4 × 17.5 =
		// 14.21875 → 14.22.
		SurveyIndex index = SurveyIndex.of(4, new BigDecimal("13"), new BigDecimal("43.5"));

		assertThat(index.responses()).isEqualTo(4);
		assertThat(index.index()).isEqualByComparingTo("3.25");
		assertThat(index.margin()).isEqualByComparingTo("0.63");
		assertThat(index.points()).isEqualByComparingTo("14.22");
	}

	@Test
	void oneRespondentHasNoMarginAndNoneHasNoIndex() {
		assertThat(SurveyIndex.of(1, new BigDecimal("3.6"), new BigDecimal("12.96")).margin()).isNull();
		assertThat(SurveyIndex.of(0, BigDecimal.ZERO, BigDecimal.ZERO).index()).isNull();
		assertThat(SurveyIndex.of(0, BigDecimal.ZERO, BigDecimal.ZERO).points()).isNull();
	}

	@Test
	void theWbkMinimumsOnThePointScale() {
		// IPAK 3.60 and IPKP 3.20 are the WBK minimums: 15.75 and 14.00 points.
		assertThat(SurveyIndex.of(1, new BigDecimal("3.6"), new BigDecimal("12.96")).points())
			.isEqualByComparingTo("15.75");
		assertThat(SurveyIndex.of(1, new BigDecimal("3.2"), new BigDecimal("10.24")).points())
			.isEqualByComparingTo("14.00");
	}

	@Test
	void theMinimumSampleFollowsKrejcieAndMorgan() {
		// The published table: N = 100 → 80, N = 1,000 → 278, N = 10,000 → 370.
		assertThat(SurveyIndex.minimumSample(100)).isEqualTo(80);
		assertThat(SurveyIndex.minimumSample(1000)).isEqualTo(278);
		assertThat(SurveyIndex.minimumSample(10000)).isEqualTo(370);
		assertThat(SurveyIndex.minimumSample(null)).isEqualTo(385);
	}

	@Test
	void aRespondentsMeanAndTheQuarter() {
		assertThat(Responses.mean(new short[] { 4, 3, 3, 4 })).isEqualByComparingTo("3.5");
		assertThat(Responses.arrayText(new short[] { 4, 3, 1 })).isEqualTo("{4,3,1}");
	}

}
