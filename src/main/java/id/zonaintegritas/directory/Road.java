package id.zonaintegritas.directory;

import java.util.ArrayList;
import java.util.List;

/**
 * The road from declaration to designation: each year's cohort of units and every cohort
 * together.
 *
 * @param cohorts the units that first declared in each year, oldest first
 * @param all every unit that declared, whatever the year
 */
public record Road(List<Cohort> cohorts, Cohort all) {

	/** Each year's cohort, then every cohort together: the lines of its table. */
	public List<Cohort> rows() {
		List<Cohort> rows = new ArrayList<>(this.cohorts);
		rows.add(this.all);
		return rows;
	}

}
