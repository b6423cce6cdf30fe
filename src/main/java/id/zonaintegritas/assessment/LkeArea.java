package id.zonaintegritas.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * An area of the LKE: a pengungkit area (A–F) with its pemenuhan and reform sub-areas, or
 * a hasil area (HB, HP) with its components.
 *
 * @param code A–F, HB or HP
 * @param name its name
 * @param component pengungkit or hasil
 * @param subAreas its sub-areas, in order
 */
public record LkeArea(String code, String name, Part.Component component, List<LkeSubArea> subAreas) {

	public LkeArea {
		subAreas = List.copyOf(subAreas);
	}

	/** The area's weight: the sum of its sub-areas' weights. */
	public BigDecimal weight() {
		return this.subAreas.stream().map(LkeSubArea::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** How many questions the area has. */
	public int questionCount() {
		return this.subAreas.stream().mapToInt((subArea) -> subArea.questions().size()).sum();
	}

	/**
	 * The sub-areas of one part: the pemenuhan or the reform half of a pengungkit area.
	 */
	public List<LkeSubArea> subAreasOf(Part part) {
		return this.subAreas.stream().filter((subArea) -> subArea.part() == part).toList();
	}

	public boolean isPengungkit() {
		return this.component == Part.Component.PENGUNGKIT;
	}

}
