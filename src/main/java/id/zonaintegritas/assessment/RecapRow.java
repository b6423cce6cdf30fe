package id.zonaintegritas.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * A unit's self-assessment in a recap: its scores per area and in total, computed in the
 * database.
 *
 * @param unitId the unit
 * @param unitName its name
 * @param slug its public address
 * @param institutionName its institution
 * @param provinceName its province
 * @param submitted whether it is submitted
 * @param answered how many questions are answered
 * @param questions how many the version has
 * @param areaCodes the areas, in order
 * @param areaScores each area's score, in the same order
 * @param pengungkit the pengungkit total, out of 60
 * @param hasil the hasil total, out of 40
 * @param total out of 100
 */
public record RecapRow(long unitId, String unitName, String slug, String institutionName, String provinceName,
		boolean submitted, int answered, int questions, List<String> areaCodes, List<BigDecimal> areaScores,
		BigDecimal pengungkit, BigDecimal hasil, BigDecimal total) {

	public RecapRow {
		areaCodes = List.copyOf(areaCodes);
		areaScores = List.copyOf(areaScores);
	}

	/** An area's score, or {@code null} if the row's version has no such area. */
	public BigDecimal area(String code) {
		int index = this.areaCodes.indexOf(code);
		return (index < 0) ? null : this.areaScores.get(index);
	}

}
