package id.zonaintegritas.directory;

import java.util.List;

/**
 * The counts of /statistik: units by stage, by predicate held, and the units with the
 * most units below them.
 *
 * @param byStage units that have not declared yet ({@code BELUM}), then units at each
 * stage, in the stages' order
 * @param byPredicate units holding each predicate
 * @param largestParents the units with the most units below them (at any depth), the
 * largest first, each with its public address as the directory's search value
 */
public record StatisticsView(List<Count> byStage, List<Count> byPredicate, List<Count> largestParents) {

	/** How many of the units with units below them the page shows, the largest first. */
	public static final int PARENTS_SHOWN = 20;

	/**
	 * One count in a chart.
	 *
	 * @param label what is counted (a stage, a predicate, a province, a year)
	 * @param key the value the directory's search takes for it (a standing, a predicate,
	 * a province's code, a year)
	 * @param count how many units
	 */
	public record Count(String label, String key, long count) {
	}

}
