package id.zonaintegritas.directory.web;

import java.util.ArrayList;
import java.util.List;

import id.zonaintegritas.directory.PublicPages;
import id.zonaintegritas.directory.StatisticsView;
import id.zonaintegritas.directory.StatisticsView.Count;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Counts as server-rendered SVG bar charts, each with the same numbers in a table. */
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
				List.of(BarChart.of("stages", "statistics.byStage", "stage.", counts.byStage()),
						BarChart.of("predicates", "statistics.byPredicate", "predicate.", counts.byPredicate()),
						BarChart.of("provinces", "statistics.byProvince", null, counts.byProvince()),
						BarChart.of("years", "statistics.byYear", null, counts.declarationsByYear())));
		return "directory/statistics";
	}

	/**
	 * A horizontal bar chart laid out for SVG: one bar per count, widths scaled to the
	 * largest.
	 *
	 * @param id the chart's id in the page
	 * @param titleKey its title, as a message key
	 * @param labelPrefix a message key prefix for the labels, or {@code null} to show
	 * them as they are
	 * @param bars the bars
	 * @param height the SVG's height
	 */
	record BarChart(String id, String titleKey, String labelPrefix, List<Bar> bars, int height) {

		static final int ROW = 28;

		static final int BAR_SPACE = 300;

		static BarChart of(String id, String titleKey, String labelPrefix, List<Count> counts) {
			long max = counts.stream().mapToLong(Count::count).max().orElse(1);
			List<Bar> bars = new ArrayList<>();
			for (int i = 0; i < counts.size(); i++) {
				Count count = counts.get(i);
				bars.add(new Bar(count.label(), count.count(), i * ROW,
						(int) Math.max(2, Math.round((double) count.count() / Math.max(1, max) * BAR_SPACE))));
			}
			return new BarChart(id, titleKey, labelPrefix, bars, Math.max(ROW, counts.size() * ROW));
		}

	}

	/**
	 * One bar.
	 *
	 * @param label what it counts
	 * @param count the number
	 * @param y its vertical position
	 * @param width its length
	 */
	record Bar(String label, long count, int y, int width) {
	}

}
