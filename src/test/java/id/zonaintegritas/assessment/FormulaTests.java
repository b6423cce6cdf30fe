package id.zonaintegritas.assessment;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormulaTests {

	static final Formula RATIO = Formula.parse("min(1,jumlah_perubahan/jumlah_agen_perubahan)");

	static final Formula DECREASE = Formula.parse(
			"max(0,min(1,(jumlah_pelanggaran_tahun_sebelumnya-jumlah_pelanggaran_tahun_ini)/jumlah_pelanggaran_tahun_sebelumnya))");

	static final Formula SHARE = Formula.parse("min(1,sudah/(kepala+pejabat+lainnya))");

	@Test
	void aRatioIsExactAndCappedAtOne() {
		assertThat(RATIO.evaluate(numbers("jumlah_agen_perubahan", 4, "jumlah_perubahan", 3)))
			.isEqualByComparingTo("0.75");
		assertThat(RATIO.evaluate(numbers("jumlah_agen_perubahan", 4, "jumlah_perubahan", 6)))
			.isEqualByComparingTo("1");
		// 1 / 3 to 34 significant digits, not a double's
		// 0.333333333333333314829616256247…
		assertThat(RATIO.evaluate(numbers("jumlah_agen_perubahan", 3, "jumlah_perubahan", 1)))
			.isEqualByComparingTo("0." + "3".repeat(34));
	}

	@Test
	void aDecreaseFromTenToSevenIsThirtyPercentAndAnIncreaseIsZero() {
		assertThat(DECREASE
			.evaluate(numbers("jumlah_pelanggaran_tahun_sebelumnya", 10, "jumlah_pelanggaran_tahun_ini", 7)))
			.isEqualByComparingTo("0.3");
		assertThat(
				DECREASE.evaluate(numbers("jumlah_pelanggaran_tahun_sebelumnya", 5, "jumlah_pelanggaran_tahun_ini", 8)))
			.isEqualByComparingTo("0");
	}

	@Test
	void nothingDueAndNothingDoneIsNothingMissing() {
		assertThat(RATIO.evaluate(numbers("jumlah_agen_perubahan", 0, "jumlah_perubahan", 0)))
			.isEqualByComparingTo("1");
		assertThat(SHARE.evaluate(numbers("sudah", 0, "kepala", 0, "pejabat", 0, "lainnya", 0)))
			.isEqualByComparingTo("1");
		// No violations last year and none this year: the best there is.
		assertThat(
				DECREASE.evaluate(numbers("jumlah_pelanggaran_tahun_sebelumnya", 0, "jumlah_pelanggaran_tahun_ini", 0)))
			.isEqualByComparingTo("1");
	}

	@Test
	void aDecreaseFromNothingIsZero() {
		assertThat(
				DECREASE.evaluate(numbers("jumlah_pelanggaran_tahun_sebelumnya", 0, "jumlah_pelanggaran_tahun_ini", 5)))
			.isEqualByComparingTo("0");
	}

	@Test
	void somethingDoneOfNothingDueIsRefusedNamingWhatIsBelowTheLine() {
		assertThatThrownBy(() -> SHARE.evaluate(numbers("sudah", 3, "kepala", 0, "pejabat", 0, "lainnya", 0)))
			.isInstanceOfSatisfying(Formula.UndefinedRatioException.class,
					(ex) -> assertThat(ex.denominator()).containsExactly("kepala", "pejabat", "lainnya"));
	}

	@Test
	void aSurveyIndexIsAQuarterOfItself() {
		Formula index = Formula.parse("indeks_ipak/4");
		assertThat(index.evaluate(Map.of("indeks_ipak", new BigDecimal("3.60"))).multiply(new BigDecimal("17.5")))
			.isEqualByComparingTo("15.75");
	}

	@Test
	void aFormulaNamesItsInputsAndRefusesWhatItCannotRead() {
		assertThat(SHARE.inputs()).containsExactly("sudah", "kepala", "pejabat", "lainnya");
		assertThatThrownBy(() -> Formula.parse("min(1,a/b")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Formula.parse("pow(a,2)")).hasMessageContaining("unknown function pow");
		assertThatThrownBy(() -> Formula.parse("a/b)")).hasMessageContaining("unexpected ')'");
		assertThatThrownBy(() -> Formula.parse("")).isInstanceOf(IllegalArgumentException.class);
	}

	private static Map<String, BigDecimal> numbers(Object... namesAndValues) {
		Map<String, BigDecimal> numbers = new HashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			numbers.put((String) namesAndValues[i], BigDecimal.valueOf((Integer) namesAndValues[i + 1]));
		}
		return numbers;
	}

}
