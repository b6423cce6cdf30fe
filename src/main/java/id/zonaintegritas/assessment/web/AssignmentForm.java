package id.zonaintegritas.assessment.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** Who of the team takes which area: {@code areas[A]=username}, empty for nobody. */
public class AssignmentForm {

	private Map<String, String> areas = new LinkedHashMap<>();

	public Map<String, String> getAreas() {
		return this.areas;
	}

	public void setAreas(Map<String, String> areas) {
		this.areas = areas;
	}

}
