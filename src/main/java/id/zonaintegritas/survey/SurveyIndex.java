package id.zonaintegritas.survey;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * An index (IPAK or IPKP) from its respondents: the mean of their mean answers on the 1–4
 * scale, its margin of error at 95 % (1.96 × s ÷ √n, s the sample standard deviation of
 * the respondents' means), and its LKE points (index ÷ 4 × 17.5).
 *
 * @param responses n
 * @param index the mean, or {@code null} without responses
 * @param margin the margin of error at 95 %, or {@code null} below two responses
 */
public record SurveyIndex(int responses, BigDecimal index, BigDecimal margin) {

	static final BigDecimal POINTS = new BigDecimal("17.5");

	private static final BigDecimal Z95 = new BigDecimal("1.96");

	private static final MathContext PRECISION = MathContext.DECIMAL64;

	/** From n, the sum of the respondents' means and the sum of their squares. */
	public static SurveyIndex of(long responses, BigDecimal meanSum, BigDecimal meanSquareSum) {
		if (responses <= 0) {
			return new SurveyIndex(0, null, null);
		}
		BigDecimal n = BigDecimal.valueOf(responses);
		BigDecimal mean = meanSum.divide(n, PRECISION);
		BigDecimal margin = null;
		if (responses > 1) {
			BigDecimal variance = meanSquareSum.subtract(meanSum.multiply(meanSum).divide(n, PRECISION))
				.divide(n.subtract(BigDecimal.ONE), PRECISION)
				.max(BigDecimal.ZERO);
			margin = Z95.multiply(variance.divide(n, PRECISION).sqrt(PRECISION)).setScale(2, RoundingMode.HALF_UP);
		}
		return new SurveyIndex((int) responses, mean.setScale(2, RoundingMode.HALF_UP), margin);
	}

	/** The LKE points it is worth, out of 17.5, or {@code null}. */
	public BigDecimal points() {
		return (this.index != null)
				? this.index.divide(new BigDecimal(4), PRECISION).multiply(POINTS).setScale(2, RoundingMode.HALF_UP)
				: null;
	}

	/**
	 * The smallest sample for a population at 95 % confidence and a 5 % margin (Krejcie
	 * and Morgan, 1970); a large or unknown population needs 385.
	 */
	public static int minimumSample(Integer population) {
		double chiSquare = 3.841;
		double p = 0.5;
		double d = 0.05;
		if (population == null) {
			return (int) Math.ceil(chiSquare * p * (1 - p) / (d * d));
		}
		double sample = chiSquare * population * p * (1 - p) / (d * d * (population - 1) + chiSquare * p * (1 - p));
		return (int) Math.ceil(sample);
	}

}
