package id.zonaintegritas.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.zonaintegritas.shared.Predicate;

/**
 * The scores of a self-assessment, computed from its questions' values in exact decimal
 * arithmetic: a sub-area scores the mean of its questions' values times its weight (a
 * question not answered yet counts 0, so an unfinished LKE never looks better than it
 * is); an area the sum of its sub-areas; pengungkit the six areas, hasil the three
 * components (IPAK, capaian kinerja, IPKP), and the total both. Rounded only for display.
 *
 * @param version the instrument
 * @param values each answered question's value, by code
 * @param subAreas every sub-area's score, in order
 * @param areas every area's score, in order
 * @param pengungkit the pengungkit total, out of 60
 * @param hasil the hasil total, out of 40
 * @param total out of 100
 */
public record Scorecard(LkeVersion version, Map<String, BigDecimal> values, List<SubAreaScore> subAreas,
		List<AreaScore> areas, BigDecimal pengungkit, BigDecimal hasil, BigDecimal total) {

	/** Scores as shown: two decimals. */
	public static final int DISPLAY_SCALE = 2;

	/**
	 * @param version the instrument
	 * @param values each answered question's value (0 to 1), by code
	 * @return the scores
	 */
	public static Scorecard of(LkeVersion version, Map<String, BigDecimal> values) {
		List<SubAreaScore> subAreas = new ArrayList<>();
		List<AreaScore> areas = new ArrayList<>();
		BigDecimal pengungkit = BigDecimal.ZERO;
		BigDecimal hasil = BigDecimal.ZERO;
		for (LkeArea area : version.areas()) {
			BigDecimal pemenuhan = BigDecimal.ZERO;
			BigDecimal reform = BigDecimal.ZERO;
			BigDecimal score = BigDecimal.ZERO;
			int answered = 0;
			for (LkeSubArea subArea : area.subAreas()) {
				BigDecimal sum = BigDecimal.ZERO;
				int answeredHere = 0;
				for (LkeQuestion question : subArea.questions()) {
					BigDecimal value = values.get(question.code());
					if (value != null) {
						sum = sum.add(value);
						answeredHere++;
					}
				}
				// Σ values × weight / n: the one division comes last.
				BigDecimal subAreaScore = sum.multiply(subArea.weight())
					.divide(BigDecimal.valueOf(subArea.questions().size()), Formula.PRECISION);
				subAreas.add(new SubAreaScore(subArea, answeredHere, subAreaScore));
				answered += answeredHere;
				score = score.add(subAreaScore);
				if (subArea.part() == Part.PEMENUHAN) {
					pemenuhan = pemenuhan.add(subAreaScore);
				}
				else if (subArea.part() == Part.REFORM) {
					reform = reform.add(subAreaScore);
				}
			}
			areas.add(new AreaScore(area, pemenuhan, reform, score, answered));
			if (area.isPengungkit()) {
				pengungkit = pengungkit.add(score);
			}
			else {
				hasil = hasil.add(score);
			}
		}
		return new Scorecard(version, Map.copyOf(values), List.copyOf(subAreas), List.copyOf(areas), pengungkit, hasil,
				pengungkit.add(hasil));
	}

	public AreaScore area(String code) {
		return this.areas.stream()
			.filter((score) -> score.area().code().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no area " + code));
	}

	public SubAreaScore subArea(String code) {
		return this.subAreas.stream()
			.filter((score) -> score.subArea().code().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no sub-area " + code));
	}

	/** How many questions are answered, of {@link #questionCount()}. */
	public int answered() {
		return this.values.size();
	}

	public int questionCount() {
		return this.version.questions().size();
	}

	/**
	 * What a minimum's scope scores, in points: the total, pengungkit, an area, a
	 * half-area or a sub-area.
	 */
	public BigDecimal points(String scope) {
		return switch (scope) {
			case "TOTAL" -> this.total;
			case "PENGUNGKIT" -> this.pengungkit;
			case "HASIL" -> this.hasil;
			default -> this.areas.stream()
				.filter((score) -> score.area().code().equals(scope))
				.map(AreaScore::score)
				.findFirst()
				.orElseGet(() -> this.subAreas.stream()
					.filter((score) -> score.subArea().code().equals(scope) || score.subArea().halfCode().equals(scope))
					.map(SubAreaScore::score)
					.reduce(BigDecimal.ZERO, BigDecimal::add));
		};
	}

	/** The weight of a minimum's scope: what its points are out of. */
	public BigDecimal weight(String scope) {
		return switch (scope) {
			case "TOTAL" -> BigDecimal.valueOf(100);
			case "PENGUNGKIT",
					"HASIL" ->
				this.version.subAreas()
					.stream()
					.filter((subArea) -> subArea.part().component().name().equals(scope))
					.map(LkeSubArea::weight)
					.reduce(BigDecimal.ZERO, BigDecimal::add);
			default -> this.version.subAreas()
				.stream()
				.filter((subArea) -> subArea.code().equals(scope) || subArea.halfCode().equals(scope)
						|| this.version.areas()
							.stream()
							.anyMatch((area) -> area.code().equals(scope) && area.subAreas().contains(subArea)))
				.map(LkeSubArea::weight)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
		};
	}

	/** Each minimum the predicate applies, met or not, with how far off. */
	public List<MinimumCheck> against(Predicate predicate) {
		return this.version.appliedMinimums(predicate).stream().map(this::check).toList();
	}

	/** Each of these minimums, met or not, with how far off. */
	public List<MinimumCheck> against(List<Minimum> minimums) {
		return minimums.stream().map(this::check).toList();
	}

	/** Whether every applied minimum of the predicate is met. */
	public boolean meets(Predicate predicate) {
		return against(predicate).stream().allMatch(MinimumCheck::met);
	}

	MinimumCheck check(Minimum minimum) {
		BigDecimal points = points(minimum.scope());
		BigDecimal actual = minimum.isPercentOfWeight()
				? points.multiply(BigDecimal.valueOf(100)).divide(weight(minimum.scope()), Formula.PRECISION) : points;
		return new MinimumCheck(minimum, actual);
	}

	/** A score as shown: two decimals, half up. */
	public static BigDecimal shown(BigDecimal score) {
		return score.setScale(DISPLAY_SCALE, RoundingMode.HALF_UP);
	}

	/**
	 * The score of a sub-area.
	 *
	 * @param subArea the sub-area
	 * @param answered how many of its questions are answered
	 * @param score its score, out of its weight
	 */
	public record SubAreaScore(LkeSubArea subArea, int answered, BigDecimal score) {
	}

	/**
	 * The score of an area.
	 *
	 * @param area the area
	 * @param pemenuhan its pemenuhan half (pengungkit areas)
	 * @param reform its reform half (pengungkit areas)
	 * @param score the whole area
	 * @param answered how many of its questions are answered
	 */
	public record AreaScore(LkeArea area, BigDecimal pemenuhan, BigDecimal reform, BigDecimal score, int answered) {

		/** The score as a share of the area's weight, in percent. */
		public BigDecimal percentOfWeight() {
			return this.score.multiply(BigDecimal.valueOf(100)).divide(this.area.weight(), Formula.PRECISION);
		}

	}

	/**
	 * A minimum, and where the self-assessment stands against it.
	 *
	 * @param minimum the minimum
	 * @param actual what the self-assessment scores, in the minimum's unit
	 */
	public record MinimumCheck(Minimum minimum, BigDecimal actual) {

		/**
		 * Whether the minimum is met, compared at two decimals as scores are shown and
		 * published: a unit never reads 75.00 beside "not met".
		 */
		public boolean met() {
			return shown(this.actual).compareTo(this.minimum.minimum()) >= 0;
		}

		/** How much is missing, at two decimals, or zero when met. */
		public BigDecimal shortBy() {
			return met() ? BigDecimal.ZERO.setScale(DISPLAY_SCALE)
					: this.minimum.minimum().subtract(shown(this.actual));
		}

	}

}
