package id.zonaintegritas.directory;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import id.zonaintegritas.institution.RegionKind;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national picture's figures: each province as one equal tile placed roughly where it
 * lies, the layout kept as data ({@code maps/provinsi.csv}: a new province is a line
 * there), and each institution, from what the modules publish.
 */
@Service
@Transactional(readOnly = true)
class NationalFigures {

	private static final String LAYOUT = "maps/provinsi.csv";

	/**
	 * Where the units of a group stand, over {@code unit_register u} (or
	 * {@code unit_listing u}) joined to {@code programme_standing s}: the figures every
	 * table of the national picture shows.
	 */
	private static final String STANDING_COUNTS = """
			count(*) filter (where u.latest_declared_on is not null) as declared,
			count(*) filter (where u.latest_declared_on is not null and s.held_predicate is null) as building,
			count(*) filter (where s.held_predicate = 'WBK') as wbk,
			count(*) filter (where s.held_predicate = 'WBBM') as wbbm""";

	private final JdbcClient jdbc;

	private final Map<String, Tile> tiles;

	NationalFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.tiles = readLayout();
	}

	/**
	 * Every province of the map with its figures, by Kemendagri code (west to east): the
	 * sums of its regencies' and cities' figures and of its units placed at its own level
	 * (every unit has a region).
	 */
	List<ProvinceFigures> provinces(List<RegionFigures> regions) {
		Map<String, List<RegionFigures>> byProvince = regions.stream()
			.collect(Collectors.groupingBy(RegionFigures::provinceCode));
		List<ProvinceFigures> provinces = new ArrayList<>();
		this.tiles.forEach((code, tile) -> {
			List<RegionFigures> parts = byProvince.getOrDefault(code, List.of());
			String name = parts.stream().findFirst().map(RegionFigures::provinceName).orElse(code);
			provinces.add(new ProvinceFigures(code, name, tile.abbreviation(), tile.row(), tile.column(),
					sum(parts, RegionFigures::units), sum(parts, RegionFigures::declared),
					sum(parts, RegionFigures::building), sum(parts, RegionFigures::wbk),
					sum(parts, RegionFigures::wbbm)));
		});
		provinces.sort(Comparator.comparing(ProvinceFigures::code));
		return provinces;
	}

	private static long sum(List<RegionFigures> regions, ToLongFunction<RegionFigures> figure) {
		return regions.stream().mapToLong(figure).sum();
	}

	/**
	 * Each year's declarations, proposals, designations and revocations, oldest first.
	 */
	List<YearFigures> years() {
		Map<Integer, long[]> years = new java.util.TreeMap<>();
		this.jdbc
			.sql("""
					select extract(year from declared_on)::int as year, count(distinct work_unit_id) as n, 0 as series
					from public_declaration group by 1
					union all
					select period_year, count(*), 1 from proposal_record group by 1
					union all
					select extract(year from decree_date)::int, count(*), 2 from designation_record group by 1
					union all
					select extract(year from coalesce(revocation_date, (revoked_at at time zone 'Asia/Jakarta')::date))::int,
					       count(*), 3
					from designation_record where revoked_at is not null group by 1
					""")
			.query((rs, row) -> {
				years.computeIfAbsent(rs.getInt("year"), (year) -> new long[4])[rs.getInt("series")] = rs.getLong("n");
				return null;
			})
			.list();
		List<YearFigures> figures = new ArrayList<>();
		years.forEach((year, n) -> figures.add(new YearFigures(year, n[0], n[1], n[2], n[3])));
		return figures;
	}

	/** Every institution with units, and where its units stand. */
	List<InstitutionFigures> institutions() {
		return this.jdbc.sql("""
				select i.id, i.code, i.name, count(*) as units,
				       %s
				from institution_listing i join unit_register u on u.institution_id = i.id
				join programme_standing s on s.work_unit_id = u.id
				group by i.id, i.code, i.name order by i.name
				""".formatted(STANDING_COUNTS))
			.query((rs, row) -> new InstitutionFigures(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
					rs.getLong("units"), rs.getLong("declared"), rs.getLong("building"), rs.getLong("wbk"),
					rs.getLong("wbbm")))
			.list();
	}

	/**
	 * The road: of the units that first declared in each year, how many reached each
	 * later stage, and the median time to their first designation; the same for every
	 * year.
	 */
	Road road() {
		// The grouping set () adds the line of every year, last, even without
		// declarations.
		List<Cohort> lines = this.jdbc.sql("""
				with first_declared as (
				    select distinct on (work_unit_id) work_unit_id, declared_on,
				           declared_on_precision = 'DAY' as exact
				    from public_declaration order by work_unit_id, declared_on),
				furthest as (
				    select work_unit_id, max(stage_order) as stage_order from stage_reached group by 1),
				first_designated as (
				    select work_unit_id, min(decree_date) as decree_date from designation_record group by 1)
				select extract(year from f.declared_on)::int as year, count(*) as declared,
				       count(*) filter (where greatest(s.stage_order, r.stage_order) >= 2 or d.decree_date is not null)
				           as building,
				       count(*) filter (where greatest(s.stage_order, r.stage_order) >= 3 or d.decree_date is not null)
				           as proposed,
				       count(*) filter (where greatest(s.stage_order, r.stage_order) >= 4 or d.decree_date is not null)
				           as assessed,
				       count(d.decree_date) as designated,
				       round((percentile_cont(0.5) within group (order by d.decree_date - f.declared_on)
				            filter (where f.exact))::numeric)::int as median_days
				from first_declared f
				join programme_standing s on s.work_unit_id = f.work_unit_id
				left join furthest r on r.work_unit_id = f.work_unit_id
				left join first_designated d on d.work_unit_id = f.work_unit_id
				group by grouping sets ((1), ())
				order by 1 nulls last
				""")
			.query((rs, row) -> new Cohort((Integer) rs.getObject("year"), rs.getLong("declared"),
					rs.getLong("building"), rs.getLong("proposed"), rs.getLong("assessed"), rs.getLong("designated"),
					(Integer) rs.getObject("median_days")))
			.list();
		return new Road(List.copyOf(lines.subList(0, lines.size() - 1)), lines.get(lines.size() - 1));
	}

	/**
	 * Every regency and city, and every province for its units placed at the province's
	 * level, with their units' figures, by code.
	 */
	List<RegionFigures> regions() {
		return this.jdbc.sql("""
				select g.code, g.name, g.kind, g.province_code, g.province_name, count(u.id) as units,
				       %s
				from region_listing g
				left join unit_register u on u.region_code = g.code
				left join programme_standing s on s.work_unit_id = u.id
				group by g.code, g.name, g.kind, g.province_code, g.province_name
				order by g.code
				""".formatted(STANDING_COUNTS))
			.query((rs, row) -> new RegionFigures(rs.getString("code"), rs.getString("name"),
					RegionKind.valueOf(rs.getString("kind")), rs.getString("province_code"),
					rs.getString("province_name"), rs.getLong("units"), rs.getLong("declared"), rs.getLong("building"),
					rs.getLong("wbk"), rs.getLong("wbbm")))
			.list();
	}

	/** Each period's proposals and what became of them, newest first. */
	List<PeriodFigures> periods() {
		return this.jdbc.sql("""
				select period_year, count(*) filter (where predicate = 'WBK') as proposed_wbk,
				       count(*) filter (where predicate = 'WBBM') as proposed_wbbm,
				       count(*) filter (where selection is null) as awaiting,
				       count(*) filter (where selection in ('LOLOS', 'LOLOS_CATATAN')) as selected,
				       count(*) filter (where selection = 'TIDAK_LOLOS') as not_selected,
				       count(*) filter (where result = 'DESIGNATED') as designated,
				       count(*) filter (where result = 'NOT_DESIGNATED') as not_designated
				from proposal_record group by period_year order by period_year desc
				""")
			.query((rs, row) -> new PeriodFigures(rs.getInt("period_year"), rs.getLong("proposed_wbk"),
					rs.getLong("proposed_wbbm"), rs.getLong("awaiting"), rs.getLong("selected"),
					rs.getLong("not_selected"), rs.getLong("designated"), rs.getLong("not_designated")))
			.list();
	}

	private static Map<String, Tile> readLayout() {
		Map<String, Tile> tiles = new java.util.LinkedHashMap<>();
		try (Reader reader = new InputStreamReader(new ClassPathResource(LAYOUT).getInputStream(),
				StandardCharsets.UTF_8)) {
			for (CSVRecord record : CSVFormat.DEFAULT.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(reader)) {
				tiles.put(record.get("kode"), new Tile(Integer.parseInt(record.get("baris")),
						Integer.parseInt(record.get("kolom")), record.get("singkatan")));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The province map's layout " + LAYOUT + " cannot be read", ex);
		}
		return tiles;
	}

	private record Tile(int row, int column, String abbreviation) {
	}

}
