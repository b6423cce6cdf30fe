package id.zonaintegritas.directory.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import id.zonaintegritas.directory.AreaFigures;
import id.zonaintegritas.directory.InstitutionFigures;
import id.zonaintegritas.directory.PeriodFigures;
import id.zonaintegritas.directory.ProvinceFigures.MapMeasure;
import id.zonaintegritas.directory.ProvinceFigures;
import id.zonaintegritas.directory.PublicPages;
import id.zonaintegritas.directory.RegionFigures;
import id.zonaintegritas.directory.Road;
import id.zonaintegritas.directory.StatisticsView.Count;
import id.zonaintegritas.directory.StatisticsView;
import id.zonaintegritas.directory.YearFigures;
import id.zonaintegritas.shared.NotFoundException;
import id.zonaintegritas.shared.SpreadsheetText;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Counts as bar charts drawn by the server, each bar a link to the units it counts in the
 * directory, each chart with the same numbers in a table.
 */
@Controller
class StatisticsController {

	/** How many institutions the page's table shows; the CSV has them all. */
	static final int INSTITUTIONS_SHOWN = 20;

	private final PublicPages pages;

	StatisticsController(PublicPages pages) {
		this.pages = pages;
	}

	@GetMapping("/statistik")
	String statistics(@RequestParam(name = "ukuran", required = false) String measure,
			@RequestParam(name = "urutInstansi", required = false) String institutionOrder,
			@RequestParam(name = "urutProvinsi", required = false) String provinceOrder, Locale locale,
			HttpServletRequest request, Model model) {
		AreaFigures.Order order = AreaFigures.Order.of(institutionOrder);
		List<InstitutionFigures> institutions = this.pages.institutionFigures();
		model.addAttribute("institutionOrder", order);
		model.addAttribute("institutionSort", SortLink.all(request, "urutInstansi", order, "institutions-heading"));
		model.addAttribute("institutionCount", institutions.size());
		model.addAttribute("institutions",
				AreaFigures.Order.sort(institutions, order).stream().limit(INSTITUTIONS_SHOWN).toList());
		MapMeasure chosen = MapMeasure.of(measure);
		List<ProvinceFigures> provinces = this.pages.provinces();
		model.addAttribute("map", TileMap.of(provinces, chosen, locale));
		model.addAttribute("measures", MapMeasure.values());
		// West to east unless the visitor sorts the table.
		AreaFigures.Order provinceSort = AreaFigures.Order.named(provinceOrder);
		model.addAttribute("provincesSorted", provinceSort != null);
		model.addAttribute("provinceSort", SortLink.all(request, "urutProvinsi", provinceSort, "province-figures"));
		model.addAttribute("provinces", AreaFigures.Order.sort(provinces, provinceSort));
		List<YearFigures> years = this.pages.years();
		model.addAttribute("years", years);
		model.addAttribute("trends",
				List.of(BarChart.of("trend-declared", "statistics.trend.declared", null, "tahun",
						series(years, YearFigures::declared)),
						BarChart.of("trend-proposed", "statistics.trend.proposed", null, null,
								series(years, YearFigures::proposed)),
						BarChart.of("trend-designated", "statistics.trend.designated", null, null,
								series(years, YearFigures::designated)),
						BarChart.of("trend-revoked", "statistics.trend.revoked", null, null,
								series(years, YearFigures::revoked))));
		Road road = this.pages.road();
		model.addAttribute("road", road);
		model.addAttribute("roadChart", BarChart.of("road-all", null, "statistics.road.", null, List.of(
				new Count("declared", "", road.all().declared()), new Count("building", "", road.all().building()),
				new Count("proposed", "", road.all().proposed()), new Count("assessed", "", road.all().assessed()),
				new Count("designated", "", road.all().designated()))));
		List<PeriodFigures> periods = this.pages.periods();
		model.addAttribute("periods", periods);
		if (!periods.isEmpty()) {
			PeriodFigures latest = periods.get(0);
			model.addAttribute("latestPeriod", latest);
			model.addAttribute("latestPeriodChart",
					BarChart.of("period-latest", null, "statistics.period.", null,
							List.of(new Count("proposed", "", latest.proposed()),
									new Count("selected", "", latest.selected()),
									new Count("designated", "", latest.designated()))));
		}
		model.addAttribute("regionChoice", this.pages.provinces());
		StatisticsView counts = this.pages.statistics();
		model.addAttribute("charts", List.of(
				BarChart.of("stages", "statistics.byStage", "stage.", "tahap", counts.byStage())
					.downloadedFrom("/statistik/tahap.csv"),
				BarChart.of("predicates", "statistics.byPredicate", "predicate.", "predikat", counts.byPredicate())
					.downloadedFrom("/statistik/predikat.csv"),
				BarChart.of("parents", "statistics.byParent", null, "induk", counts.largestParents())
					.downloadedFrom("/statistik/induk.csv")));
		return "directory/statistics";
	}

	/**
	 * A province's regencies and cities (and its units placed at the province's level):
	 * their units and where they stand, each leading to the directory's units there.
	 * Without a province, the choice of one.
	 */
	@GetMapping("/statistik/wilayah")
	String regions(@RequestParam(name = "provinsi", required = false) String provinceCode,
			@RequestParam(name = "urut", required = false) String regionOrder, HttpServletRequest request,
			Model model) {
		List<ProvinceFigures> provinces = this.pages.provinces();
		model.addAttribute("regionChoice", provinces);
		if (provinceCode == null || provinceCode.isBlank()) {
			return "directory/regions";
		}
		ProvinceFigures province = provinces.stream()
			.filter((candidate) -> candidate.code().equals(provinceCode))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("error.province.notFound", provinceCode));
		List<RegionFigures> regions = this.pages.regions()
			.stream()
			.filter((region) -> region.provinceCode().equals(province.code()))
			.filter((region) -> !region.provinceLevel() || region.units() > 0)
			.toList();
		AreaFigures.Order order = AreaFigures.Order.named(regionOrder);
		model.addAttribute("province", province);
		model.addAttribute("regions", AreaFigures.Order.sort(regions, order));
		model.addAttribute("regionSort", SortLink.all(request, "urut", order, "region-figures"));
		model.addAttribute("declaredChart",
				BarChart
					.of("regions-declared", "statistics.regions.declared", null, "wilayah",
							regions.stream()
								.filter((region) -> !region.provinceLevel())
								.map((region) -> new Count(region.name(), region.code(), region.declared()))
								.toList())
					.downloadedFrom("/statistik/kabupaten-kota.csv"));
		return "directory/regions";
	}

	// One series of the trends, a bar per year (the years with none included, so that the
	// four charts line up).
	private static List<Count> series(List<YearFigures> years, ToLongFunction<YearFigures> value) {
		return years.stream()
			.map((year) -> new Count(String.valueOf(year.year()), String.valueOf(year.year()), value.applyAsLong(year)))
			.toList();
	}

	/**
	 * A link that orders a table, keeping the rest of the address.
	 *
	 * @param order the order it asks for
	 * @param url the page's address with that order
	 * @param current whether the table is in that order now
	 */
	record SortLink(AreaFigures.Order order, String url, boolean current) {

		static List<SortLink> all(HttpServletRequest request, String parameter, AreaFigures.Order current,
				String anchor) {
			List<SortLink> links = new ArrayList<>();
			for (AreaFigures.Order order : AreaFigures.Order.values()) {
				String url = UriComponentsBuilder.fromPath(request.getServletPath())
					.query(request.getQueryString())
					.replaceQueryParam(parameter, order.parameter())
					.fragment(anchor)
					.build()
					.toUriString();
				links.add(new SortLink(order, url, order == current));
			}
			return links;
		}

	}

	/**
	 * The national map: one tile per province where it roughly lies, coloured in five
	 * steps of lightness by the chosen measure (the darker, the more), each tile a link
	 * to the directory's units of that province.
	 *
	 * @param measure what it is coloured by
	 * @param tiles the tiles
	 * @param legend the steps, lightest first
	 * @param width the map's width in its own units
	 * @param height its height
	 */
	record TileMap(MapMeasure measure, List<Tile> tiles, List<Step> legend, int width, int height) {

		static final int SIZE = 48;

		static final int GAP = 4;

		// One blue, five lightnesses: apart for every colour vision, each with its ink at
		// 4.5:1 or more.
		static final String[] FILLS = { "#eef2f6", "#c6dbef", "#7fb2dc", "#2f6fb0", "#0b3d75" };

		static final String[] INKS = { "#1f2933", "#1f2933", "#1f2933", "#ffffff", "#ffffff" };

		static TileMap of(List<ProvinceFigures> provinces, MapMeasure measure, Locale locale) {
			// Figures as the reader writes them: 57,1 in Bahasa Indonesia, 57.1 in
			// English.
			NumberFormat numbers = NumberFormat.getNumberInstance(locale);
			numbers.setMaximumFractionDigits(1);
			BigDecimal max = provinces.stream()
				.map((province) -> province.value(measure))
				.max(BigDecimal::compareTo)
				.orElse(BigDecimal.ZERO);
			List<Tile> tiles = new ArrayList<>();
			int columns = 0;
			int rows = 0;
			for (ProvinceFigures province : provinces) {
				BigDecimal value = province.value(measure);
				int step = step(value, max);
				tiles.add(new Tile(province, province.column() * (SIZE + GAP), province.row() * (SIZE + GAP),
						FILLS[step], INKS[step], numbers.format(value)));
				columns = Math.max(columns, province.column() + 1);
				rows = Math.max(rows, province.row() + 1);
			}
			List<Step> legend = new ArrayList<>();
			legend.add(new Step(FILLS[0], "0", "0"));
			for (int step = 1; step < FILLS.length; step++) {
				legend
					.add(new Step(FILLS[step], numbers.format(bound(max, step - 1)), numbers.format(bound(max, step))));
			}
			return new TileMap(measure, tiles, legend, columns * (SIZE + GAP) - GAP, rows * (SIZE + GAP) - GAP);
		}

		// Zero is its own step; above it, four equal parts of the largest value.
		private static int step(BigDecimal value, BigDecimal max) {
			if (value.signum() == 0 || max.signum() == 0) {
				return 0;
			}
			int step = (int) Math.ceil(value.doubleValue() * 4 / max.doubleValue());
			return Math.max(1, Math.min(4, step));
		}

		private static BigDecimal bound(BigDecimal max, int quarter) {
			return max.multiply(BigDecimal.valueOf(quarter)).divide(BigDecimal.valueOf(4), 1, RoundingMode.HALF_UP);
		}

	}

	/**
	 * A province's tile.
	 *
	 * @param province its figures
	 * @param x its left edge
	 * @param y its top edge
	 * @param fill its colour
	 * @param ink its text's colour
	 * @param value the figure it shows
	 */
	record Tile(ProvinceFigures province, int x, int y, String fill, String ink, String value) {
	}

	/**
	 * A step of the legend: its colour and the values it covers (above the first, up to
	 * the second).
	 *
	 * @param fill its colour
	 * @param from the value it starts above
	 * @param to the value it goes up to
	 */
	record Step(String fill, String from, String to) {
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
	 * @param csv the address of the CSV with the same numbers, or {@code null}
	 */
	record BarChart(String id, String titleKey, String labelPrefix, String searchParameter, List<Bar> bars,
			String csv) {

		static BarChart of(String id, String titleKey, String labelPrefix, String searchParameter, List<Count> counts) {
			long max = Math.max(1, counts.stream().mapToLong(Count::count).max().orElse(1));
			List<Bar> bars = new ArrayList<>();
			for (Count count : counts) {
				bars.add(new Bar(count.label(), count.key(), count.count(),
						(int) Math.max(1, Math.round(count.count() * 100.0 / max))));
			}
			return new BarChart(id, titleKey, labelPrefix, searchParameter, bars, null);
		}

		/** The same chart with the address of the CSV that holds its numbers. */
		BarChart downloadedFrom(String csvPath) {
			return new BarChart(this.id, this.titleKey, this.labelPrefix, this.searchParameter, this.bars, csvPath);
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
