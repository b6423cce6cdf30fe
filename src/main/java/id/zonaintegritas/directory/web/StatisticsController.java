package id.zonaintegritas.directory.web;

import java.util.ArrayList;
import java.util.List;

import id.zonaintegritas.directory.PublicPages;
import id.zonaintegritas.directory.StatisticsView;
import id.zonaintegritas.directory.StatisticsView.Count;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Counts as bar charts drawn by the server, each bar a link to the units it counts in the
 * directory, each chart with the same numbers in a table.
 */
@Controller
class StatisticsController {

	private final PublicPages pages;

	StatisticsController(PublicPages pages) {
		this.pages = pages;
	}

	@GetMapping("/statistik")
	String statistics(Model model) {
		StatisticsView counts = this.pages.statistics();
		model.addAttribute("charts",
				List.of(BarChart.of("stages", "statistics.byStage", "stage.", "tahap", counts.byStage()),
						BarChart.of("predicates", "statistics.byPredicate", "predicate.", "predikat",
								counts.byPredicate()),
						BarChart.of("provinces", "statistics.byProvince", null, "provinsi", counts.byProvince()),
						BarChart.of("years", "statistics.byYear", null, "tahun", counts.declarationsByYear()),
						BarChart.of("parents", "statistics.byParent", null, "induk", counts.largestParents())));
		return "directory/statistics";
	}

	/**
	 * A horizontal bar chart: one bar per count, its length a share of the largest, each
	 * a link to the directory's search for the units it counts.
	 *
	 * @param id the chart's id in the page
	 * @param titleKey its title, as a message key
	 * @param labelPrefix a message key prefix for the labels, or {@code null} to show
	 * them as they are
	 * @param searchParameter the directory's search parameter the bars link with
	 * @param bars the bars
	 */
	record BarChart(String id, String titleKey, String labelPrefix, String searchParameter, List<Bar> bars) {

		static BarChart of(String id, String titleKey, String labelPrefix, String searchParameter, List<Count> counts) {
			long max = Math.max(1, counts.stream().mapToLong(Count::count).max().orElse(1));
			List<Bar> bars = new ArrayList<>();
			for (Count count : counts) {
				bars.add(new Bar(count.label(), count.key(), count.count(),
						(int) Math.max(1, Math.round(count.count() * 100.0 / max))));
			}
			return new BarChart(id, titleKey, labelPrefix, searchParameter, bars);
		}

	}

	/**
	 * One bar.
	 *
	 * @param label what it counts
	 * @param key the directory's search value for it
	 * @param count the number
	 * @param percent its length, as a share of the longest bar
	 */
	record Bar(String label, String key, long count, int percent) {
	}

}
