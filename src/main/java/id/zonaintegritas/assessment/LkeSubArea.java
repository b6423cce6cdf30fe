package id.zonaintegritas.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * A sub-area of the LKE: its score is the mean of its questions' values times its weight.
 *
 * @param code such as {@code PPA1} or {@code HBA}
 * @param name its name
 * @param part the half or hasil component it belongs to
 * @param weight its weight
 * @param questions its questions, in order
 */
public record LkeSubArea(String code, String name, Part part, BigDecimal weight, List<LkeQuestion> questions) {

	public LkeSubArea {
		questions = List.copyOf(questions);
	}

	/**
	 * The code of the half-area it belongs to ({@code PPA} for {@code PPA1}); a hasil
	 * component is its own.
	 */
	public String halfCode() {
		return (this.part.component() == Part.Component.PENGUNGKIT) ? this.code.substring(0, 3) : this.code;
	}

}
