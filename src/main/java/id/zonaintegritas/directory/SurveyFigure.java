package id.zonaintegritas.directory;

import java.math.BigDecimal;

/**
 * A unit's survey index in one quarter, as its public page shows it.
 *
 * @param year the period
 * @param kind SPAK or SPKP
 * @param index IPAK or IPKP
 * @param quarter 1 to 4
 * @param responses the sample
 * @param value the index, two decimals
 */
public record SurveyFigure(int year, String kind, String index, int quarter, int responses, BigDecimal value) {
}
