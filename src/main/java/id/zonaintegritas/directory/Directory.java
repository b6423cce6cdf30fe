package id.zonaintegritas.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.zonaintegritas.shared.BadRequestException;
import id.zonaintegritas.shared.Page;
import id.zonaintegritas.shared.PageRequest;
import id.zonaintegritas.shared.ProgrammeDates;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public read side of the directory: one query for a page and one for its count,
 * whatever the filters and however many units there are.
 */
@Service
@Transactional(readOnly = true)
public class Directory {

	public static final int PAGE_SIZE = 20;

	private static final Map<String, String> ORDER = Map.of("nama", "u.name, u.id", "terbaru",
			"u.latest_declared_on desc nulls last, u.name, u.id", "tahap",
			"array_position(array['PENETAPAN','PENILAIAN','PENGUSULAN','PEMBANGUNAN','PENCANANGAN'], coalesce(p.stage, 'PENCANANGAN')), u.name, u.id");

	private static final String UNIT_JOINS = """
			join institution i on i.id = u.institution_id
			join region g on g.code = u.region_code
			left join region v on v.code = g.parent_code
			left join zi_programme p on p.work_unit_id = u.id
			""";

	private static final String FROM = "from work_unit u " + UNIT_JOINS;

	private static final String COLUMNS = """
			select u.id, u.slug, u.name, i.name as institution_name, g.name as region_name,
			       coalesce(v.name, g.name) as province_name, coalesce(p.stage, 'PENCANANGAN') as stage,
			       p.held_predicate, u.latest_declared_on as declared_on
			""";

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	Directory(NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Page<DirectoryEntry> search(DirectoryFilter filter, PageRequest page) {
		if (filter.year() != null && !ProgrammeDates.isProgrammeYear(filter.year(), LocalDate.now(this.clock))) {
			throw new BadRequestException("error.year.outsideProgramme", String.valueOf(filter.year()),
					String.valueOf(LocalDate.now(this.clock).getYear() + 1));
		}
		MapSqlParameterSource params = new MapSqlParameterSource();
		String where = where(filter, params);
		if (hasText(filter.text())) {
			// How many units a word matches differs by orders of magnitude: a plan
			// cached for a rare word is wrong for a common one, so a text search is
			// planned for its own words (+45 % measured, docs/performance.md).
			this.jdbc.getJdbcTemplate().execute("set local plan_cache_mode = force_custom_plan");
		}
		params.addValue("limit", page.size()).addValue("offset", page.offset());
		String order = ORDER.getOrDefault(filter.sort(), ORDER.get("nama"));
		String filtered = "from work_unit u" + joinsFor(filter) + where;
		// The page's twenty units are chosen over only the tables that the filter and
		// the order need (unfiltered, a walk of an index in that order), then dressed
		// with their institution, region and stage.
		String sql = COLUMNS + " from (select u.id " + filtered + " order by " + order
				+ " limit :limit offset :offset) page join work_unit u on u.id = page.id " + UNIT_JOINS + " order by "
				+ order;
		List<DirectoryEntry> entries = this.jdbc.query(sql, params, Directory::entry);
		Long total = this.jdbc.queryForObject("select count(*) " + filtered, params, Long.class);
		return Page.of(page, entries, (total != null) ? total : 0);
	}

	private static String joinsFor(DirectoryFilter filter) {
		StringBuilder joins = new StringBuilder();
		if (hasText(filter.provinceCode())) {
			joins.append(" join region g on g.code = u.region_code");
		}
		if (hasText(filter.stage()) || hasText(filter.predicate()) || "tahap".equals(filter.sort())) {
			joins.append(" left join zi_programme p on p.work_unit_id = u.id");
		}
		return joins.toString();
	}

	/**
	 * Every unit as open data, in name order, handed to the consumer one by one as the
	 * database sends them (fetch size 500), so memory stays flat however many units there
	 * are.
	 */
	public void streamOpenData(java.util.function.Consumer<OpenDataRow> consumer) {
		this.jdbc.getJdbcTemplate().query(connection -> {
			java.sql.PreparedStatement statement = connection.prepareStatement(
					"""
							select u.slug, u.name, i.name as institution_name, i.code as institution_code, g.code as region_code,
							       g.name as region_name, coalesce(v.name, g.name) as province_name,
							       coalesce(p.stage, 'PENCANANGAN') as stage, p.held_predicate, u.latest_declared_on as declared_on,
							       u.staff_count
							"""
							+ FROM + " order by u.name, u.id");
			statement.setFetchSize(500);
			return statement;
		}, (java.sql.ResultSet rs) -> {
			consumer
				.accept(new OpenDataRow(rs.getString("slug"), rs.getString("name"), rs.getString("institution_name"),
						rs.getString("institution_code"), rs.getString("region_code"), rs.getString("region_name"),
						rs.getString("province_name"), rs.getString("stage"), rs.getString("held_predicate"),
						rs.getObject("declared_on", LocalDate.class), rs.getInt("staff_count")));
		});
	}

	/** The years in which declarations were made, newest first, for the filter. */
	public List<Integer> declarationYears() {
		// A skip scan of the year index: one probe per year, however many declarations.
		return this.jdbc.queryForList("""
				with recursive year(value) as (
				    (select extract(year from declared_on)::int from declaration
				     where status = 'SUBMITTED' order by 1 desc limit 1)
				    union all
				    select (select extract(year from x.declared_on)::int from declaration x
				            where x.status = 'SUBMITTED' and extract(year from x.declared_on)::int < year.value
				            order by 1 desc limit 1)
				    from year where year.value is not null)
				select value from year where value is not null
				""", Map.of(), Integer.class);
	}

	private static String where(DirectoryFilter filter, MapSqlParameterSource params) {
		List<String> conditions = new ArrayList<>();
		List<String> words = (filter.text() == null) ? List.of()
				: Arrays.stream(filter.text().strip().split("\\s+"))
					.filter((word) -> !word.isBlank())
					.limit(8)
					.toList();
		for (int n = 0; n < words.size(); n++) {
			// Each word must appear, in the unit's or the institution's name, accents and
			// case aside. The institutions are looked up first, so that both sides of the
			// "or" are index scans of work_unit.
			conditions.add("(u.name_folded like :w" + n
					+ " or u.institution_id = any(array(select id from institution where name_folded like :w" + n
					+ ")))");
			params.addValue("w" + n, "%" + escapeLike(fold(words.get(n))) + "%");
		}
		if (hasText(filter.provinceCode())) {
			conditions.add("coalesce(g.parent_code, g.code) = :province");
			params.addValue("province", filter.provinceCode());
		}
		if (hasText(filter.regionCode())) {
			conditions.add("u.region_code = :region");
			params.addValue("region", filter.regionCode());
		}
		if (filter.institutionId() != null) {
			conditions.add("u.institution_id = :institution");
			params.addValue("institution", filter.institutionId());
		}
		if (hasText(filter.stage())) {
			conditions.add("coalesce(p.stage, 'PENCANANGAN') = :stage");
			params.addValue("stage", filter.stage());
		}
		if (hasText(filter.predicate())) {
			conditions.add("p.held_predicate = :predicate");
			params.addValue("predicate", filter.predicate());
		}
		if (filter.year() != null) {
			conditions.add("u.latest_declared_on >= make_date(:year, 1, 1)");
			conditions.add("u.latest_declared_on < make_date(:year + 1, 1, 1)");
			params.addValue("year", filter.year());
		}
		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}

	// The same folding as the database's portal_fold(), which fills the name_folded
	// columns, so that their trigram indexes are used.
	private static String fold(String text) {
		return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT);
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static boolean hasText(String text) {
		return text != null && !text.isBlank();
	}

	private static DirectoryEntry entry(ResultSet rs, int row) throws SQLException {
		return new DirectoryEntry(rs.getString("slug"), rs.getString("name"), rs.getString("institution_name"),
				rs.getString("region_name"), rs.getString("province_name"), rs.getString("stage"),
				rs.getString("held_predicate"), rs.getObject("declared_on", LocalDate.class));
	}

}
