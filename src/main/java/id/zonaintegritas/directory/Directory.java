package id.zonaintegritas.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import id.zonaintegritas.shared.BadRequestException;
import id.zonaintegritas.shared.DatePrecision;
import id.zonaintegritas.shared.Page;
import id.zonaintegritas.shared.PageRequest;
import id.zonaintegritas.shared.ProgrammeDates;
import id.zonaintegritas.shared.PublicAddress;
import id.zonaintegritas.shared.PublicDataVersion;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public read side of the directory: one query for a page and one for its count,
 * whatever the filters and however many units there are. It reads what the modules
 * publish: {@code unit_register} and {@code unit_listing} (institution), and
 * {@code programme_standing} (workflow).
 */
@Service
@Transactional(readOnly = true)
public class Directory {

	public static final int PAGE_SIZE = 20;

	private static final Map<DirectoryFilter.Order, String> ORDER = Map.of(DirectoryFilter.Order.NAMA, "u.name, u.id",
			DirectoryFilter.Order.TERBARU, "u.latest_declared_on desc nulls last, u.name, u.id",
			DirectoryFilter.Order.TAHAP, "s.stage_order desc, u.name, u.id");

	private final JdbcClient jdbc;

	private final Clock clock;

	private final PublicAddress address;

	private final PublicDataVersion version;

	Directory(JdbcClient jdbc, Clock clock, PublicAddress address, PublicDataVersion version) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.address = address;
		this.version = version;
	}

	/**
	 * One page of the units found, and, into {@code namedInstitutions}, the instansi the
	 * search's words name (looked up for the search anyway), so that the page can offer
	 * them as filters.
	 */
	public Page<DirectoryEntry> search(DirectoryFilter filter, PageRequest page, Set<Long> namedInstitutions) {
		if (filter.year() != null && !ProgrammeDates.isProgrammeYear(filter.year(), LocalDate.now(this.clock))) {
			throw new BadRequestException("error.year.outsideProgramme", String.valueOf(filter.year()),
					String.valueOf(LocalDate.now(this.clock).getYear() + 1));
		}
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(filter, params, abbreviations(filter), namedInstitutions);
		if (filter.hasText()) {
			// How many units a word matches differs by orders of magnitude: a plan
			// cached for a rare word is wrong for a common one, so a text search is
			// planned for its own words (+45 % measured, docs/performance.md).
			this.jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
		}
		String order = ORDER.get(filter.order());
		// The page's twenty units are chosen over a unit's own columns and only what the
		// filter and the order need (unfiltered, a walk of an index in that order), then
		// dressed with their institution, region and stage. The page's size and offset
		// are
		// written into the statement: with them as parameters PostgreSQL planned the
		// statement again on every request (1.3 ms, more than running it), as no plan
		// made without knowing the limit looked good enough to keep.
		String filtered = "from unit_register u"
				+ (filter.needsStanding() ? " join programme_standing s on s.work_unit_id = u.id" : "") + where;
		List<DirectoryEntry> entries = this.jdbc.sql("""
				select u.slug, u.name, u.institution_name, u.region_name, u.province_name, s.stage, s.held_predicate,
				       u.latest_declared_on, u.latest_declared_precision
				from (select u.id %s order by %s limit %d offset %d) page
				join unit_listing u on u.id = page.id
				join programme_standing s on s.work_unit_id = u.id
				order by %s
				""".formatted(filtered, order, page.size(), page.offset(), order))
			.params(params)
			.query(Directory::entry)
			.list();
		Supplier<Long> count = () -> this.jdbc.sql("select count(*) " + filtered)
			.params(params)
			.query(Long.class)
			.single();
		// Every unit, unfiltered: the count is the same until the public data changes.
		long total = params.isEmpty() ? this.version.keep("directory.count " + filtered, count) : count.get();
		return Page.of(page, entries, total);
	}

	/** The unit's survey indices per quarter, newest period first. */
	public List<SurveyFigure> surveysOf(long unitId) {
		return this.jdbc.sql("""
				select period_year, kind, quarter, responses, index from survey_quarter_result
				where work_unit_id = :unit order by period_year desc, kind, quarter""")
			.param("unit", unitId)
			.query((rs, row) -> new SurveyFigure(rs.getInt("period_year"), rs.getString("kind"),
					"SPAK".equals(rs.getString("kind")) ? "IPAK" : "IPKP", rs.getInt("quarter"), rs.getInt("responses"),
					rs.getBigDecimal("index")))
			.list();
	}

	/**
	 * Every unit as open data, in name order, handed to the consumer one by one as the
	 * database sends them (fetch size 500), so memory stays flat however many units there
	 * are.
	 */
	public void streamOpenData(Consumer<OpenDataRow> consumer) {
		try (var rows = this.jdbc.sql("""
				select u.slug, u.name, u.institution_name, u.institution_code, u.region_code, u.region_name,
				       u.province_name, s.stage, s.held_predicate, u.latest_declared_on, u.latest_declared_precision,
				       u.staff_count,
				       p.period_year, (p.proposed_at at time zone 'Asia/Jakarta')::date as proposed_on, p.selection,
				       p.result, d.decree_number, d.decree_date, d.decree_document_id,
				       (d.revoked_at at time zone 'Asia/Jakarta')::date as revoked_on, d.revocation_date,
				       ipak.period_year as ipak_year, ipak.index as ipak, ipak.responses as ipak_responses,
				       ipkp.period_year as ipkp_year, ipkp.index as ipkp, ipkp.responses as ipkp_responses,
				       u.parent_slug
				from unit_listing u join programme_standing s on s.work_unit_id = u.id
				left join lateral (select * from proposal_record r where r.work_unit_id = u.id
				                   order by r.period_year desc limit 1) p on true
				left join lateral (select * from designation_record r where r.work_unit_id = u.id
				                   order by r.decree_date desc, r.id desc limit 1) d on true
				left join lateral (select * from survey_period_result r where r.work_unit_id = u.id and r.kind = 'SPAK'
				                   order by r.period_year desc limit 1) ipak on true
				left join lateral (select * from survey_period_result r where r.work_unit_id = u.id and r.kind = 'SPKP'
				                   order by r.period_year desc limit 1) ipkp on true
				order by u.name, u.id
				""").withFetchSize(500).query((rs, row) -> {
			String slug = rs.getString("slug");
			Long decreeFile = rs.getObject("decree_document_id", Long.class);
			LocalDate revoked = rs.getObject("revocation_date", LocalDate.class);
			return new OpenDataRow(slug, rs.getString("name"), rs.getString("institution_name"),
					rs.getString("institution_code"), rs.getString("region_code"), rs.getString("region_name"),
					rs.getString("province_name"), rs.getString("stage"), rs.getString("held_predicate"),
					declaredOn(rs), rs.getInt("staff_count"), rs.getObject("period_year", Integer.class),
					rs.getObject("proposed_on", LocalDate.class), rs.getString("selection"), rs.getString("result"),
					rs.getString("decree_number"), rs.getObject("decree_date", LocalDate.class),
					(decreeFile != null) ? this.address.of("/direktori/" + slug + "/sk/" + decreeFile) : null,
					(revoked != null) ? revoked : rs.getObject("revoked_on", LocalDate.class),
					rs.getObject("ipak_year", Integer.class), rs.getBigDecimal("ipak"),
					rs.getObject("ipak_responses", Integer.class), rs.getObject("ipkp_year", Integer.class),
					rs.getBigDecimal("ipkp"), rs.getObject("ipkp_responses", Integer.class),
					rs.getString("parent_slug"));
		}).stream()) {
			rows.forEach(consumer);
		}
	}

	/** A unit's proposals and the TPN's outcomes, newest first. */
	public List<ProposalOutcome> proposalsOf(long unitId) {
		return this.jdbc.sql("""
				select period_year, predicate, proposed_at, selection, result, result_reason, decided_at
				from proposal_record where work_unit_id = :unit order by period_year desc
				""").param("unit", unitId).query((rs, row) -> {
			OffsetDateTime decided = rs.getObject("decided_at", OffsetDateTime.class);
			return new ProposalOutcome(rs.getInt("period_year"), rs.getString("predicate"),
					rs.getObject("proposed_at", OffsetDateTime.class).toInstant(), rs.getString("selection"),
					rs.getString("result"), rs.getString("result_reason"),
					(decided != null) ? decided.toInstant() : null);
		}).list();
	}

	/**
	 * What the unit's badge says, from its standing and its designations as they are now,
	 * or a {@link id.zonaintegritas.shared.NotFoundException}.
	 */
	public UnitBadge badgeOf(String slug) {
		return this.jdbc
			.sql("""
					select u.slug, u.name, u.latest_declared_on, s.held_predicate, held.year as held_year,
					       revoked.predicate as revoked_predicate, revoked.year as revoked_year
					from unit_register u join programme_standing s on s.work_unit_id = u.id
					left join lateral (select extract(year from d.decree_date)::int as year from designation_record d
					                   where d.work_unit_id = u.id and d.predicate = s.held_predicate and d.revoked_at is null
					                   order by d.decree_date desc limit 1) held on true
					left join lateral (select d.predicate,
					                          extract(year from coalesce(d.revocation_date,
					                                                     (d.revoked_at at time zone 'Asia/Jakarta')::date))::int as year
					                   from designation_record d where d.work_unit_id = u.id and d.revoked_at is not null
					                   order by d.revoked_at desc limit 1) revoked on true
					where u.slug = :slug
					""")
			.param("slug", slug)
			.query((rs, row) -> {
				String held = rs.getString("held_predicate");
				if (held != null) {
					return new UnitBadge(rs.getString("slug"), rs.getString("name"), UnitBadge.Status.DESIGNATED, held,
							rs.getObject("held_year", Integer.class));
				}
				if (rs.getString("revoked_predicate") != null) {
					return new UnitBadge(rs.getString("slug"), rs.getString("name"), UnitBadge.Status.REVOKED,
							rs.getString("revoked_predicate"), rs.getObject("revoked_year", Integer.class));
				}
				UnitBadge.Status status = (rs.getObject("latest_declared_on") != null) ? UnitBadge.Status.BUILDING
						: UnitBadge.Status.NOT_DECLARED;
				return new UnitBadge(rs.getString("slug"), rs.getString("name"), status, null, null);
			})
			.optional()
			.orElseThrow(() -> new id.zonaintegritas.shared.NotFoundException("error.workUnit.notFound", slug));
	}

	/** The unit with this public identifier, named, if there is one. */
	public java.util.Optional<UnitLink> unitLink(String slug) {
		return this.jdbc.sql("select slug, name from unit_register where slug = :slug")
			.param("slug", slug)
			.query((rs, row) -> new UnitLink(rs.getString("slug"), rs.getString("name")))
			.optional();
	}

	/** The units right below this one, by name, at most {@code limit}. */
	public List<UnitLink> unitsBelow(long unitId, int limit) {
		return this.jdbc
			.sql("select slug, name from unit_register where parent_id = :unit order by name, id limit :limit")
			.param("unit", unitId)
			.param("limit", limit)
			.query((rs, row) -> new UnitLink(rs.getString("slug"), rs.getString("name")))
			.list();
	}

	/**
	 * The units of a regency or city: how many, how many declared, how many designated.
	 */
	public Peers peersIn(String regionCode, String regionName) {
		return this.jdbc.sql("""
				select count(*) as units, count(*) filter (where u.latest_declared_on is not null) as declared,
				       count(*) filter (where s.held_predicate is not null) as designated
				from unit_register u join programme_standing s on s.work_unit_id = u.id
				where u.region_code = :region
				""")
			.param("region", regionCode)
			.query((rs, row) -> new Peers(regionCode, regionName, rs.getLong("units"), rs.getLong("declared"),
					rs.getLong("designated")))
			.single();
	}

	/** How many units sit right below this one. */
	public int countUnitsBelow(long unitId) {
		return this.jdbc.sql("select count(*) from unit_register where parent_id = :unit")
			.param("unit", unitId)
			.query(Integer.class)
			.single();
	}

	/** The years in which declarations were made, newest first, for the filter. */
	public List<Integer> declarationYears() {
		// A skip scan of the year index: one probe per year, however many declarations.
		return this.jdbc.sql("""
				with recursive year(value) as (
				    (select extract(year from declared_on)::int from public_declaration order by 1 desc limit 1)
				    union all
				    select (select extract(year from x.declared_on)::int from public_declaration x
				            where extract(year from x.declared_on)::int < year.value
				            order by 1 desc limit 1)
				    from year where year.value is not null)
				select value from year where value is not null
				""").query(Integer.class).list();
	}

	/** The address of every unit, streamed, for the sitemap. */
	public void unitSlugs(Consumer<String> consumer) {
		try (var slugs = this.jdbc.sql("select slug from unit_register order by slug")
			.withFetchSize(500)
			.query(String.class)
			.stream()) {
			slugs.forEach(consumer);
		}
	}

	/** The words of a search, at most eight. */
	private static List<String> words(DirectoryFilter filter) {
		return filter.hasText()
				? Arrays.stream(filter.text().strip().split("\\s+")).filter((word) -> !word.isBlank()).limit(8).toList()
				: List.of();
	}

	/** What the search's words stand for, where they are abbreviations: one query. */
	private Map<String, List<String>> abbreviations(DirectoryFilter filter) {
		List<String> words = words(filter).stream().map(Directory::fold).toList();
		Map<String, List<String>> expansions = new LinkedHashMap<>();
		if (words.isEmpty()) {
			return expansions;
		}
		this.jdbc.sql("select abbreviation, expansion from search_abbreviation where abbreviation in (:words)")
			.param("words", words)
			.query((rs, row) -> Map.entry(rs.getString("abbreviation"), rs.getString("expansion")))
			.list()
			.forEach((entry) -> expansions.computeIfAbsent(entry.getKey(), (k) -> new ArrayList<>())
				.add(entry.getValue()));
		return expansions;
	}

	private String where(DirectoryFilter filter, Map<String, Object> params, Map<String, List<String>> abbreviations,
			Set<Long> namedInstitutions) {
		List<String> conditions = new ArrayList<>();
		List<String> words = words(filter);
		for (int n = 0; n < words.size(); n++) {
			// Each word must appear — itself or what it abbreviates — in the unit's name,
			// its institution's name (or code), or its region's name, accents and case
			// aside. The few institutions and regions it names are looked up first and
			// given as values, so that the planner sees how few units they are and every
			// side of the "or" stays an index scan of the units.
			String word = fold(words.get(n));
			Map<String, Object> patterns = new LinkedHashMap<>();
			patterns.put("w" + n, "%" + escapeLike(word) + "%");
			List<String> expansions = abbreviations.getOrDefault(word, List.of());
			for (int x = 0; x < expansions.size(); x++) {
				patterns.put("w" + n + "x" + x, "%" + escapeLike(expansions.get(x)) + "%");
			}
			params.putAll(patterns);
			List<String> names = new ArrayList<>(patterns.keySet());
			List<Long> institutions = this.jdbc
				.sql("select id from institution_listing where lower(code) = :code or " + likeAny("name_folded", names))
				.params(patterns)
				.param("code", word)
				.query(Long.class)
				.list();
			List<String> regions = this.jdbc
				.sql("select code from region_listing where " + likeAny("name_folded", names))
				.params(patterns)
				.query(String.class)
				.list();
			StringBuilder condition = new StringBuilder("(").append(likeAny("u.name_folded", names));
			namedInstitutions.addAll(institutions);
			if (!institutions.isEmpty()) {
				condition.append(" or u.institution_id in (:i").append(n).append(")");
				params.put("i" + n, institutions);
			}
			if (!regions.isEmpty()) {
				condition.append(" or u.region_code in (:r").append(n).append(")");
				params.put("r" + n, regions);
			}
			conditions.add(condition.append(")").toString());
		}
		if (hasText(filter.provinceCode())) {
			conditions
				.add("u.region_code = any(array(select code from region_listing where province_code = :province))");
			params.put("province", filter.provinceCode());
		}
		if (hasText(filter.regionCode())) {
			conditions.add("u.region_code = :region");
			params.put("region", filter.regionCode());
		}
		if (hasText(filter.parentSlug())) {
			conditions
				.add("""
						u.id in (with recursive below(id) as (
						    select id from unit_register where parent_id = (select id from unit_register where slug = :parent)
						    union all
						    select w.id from unit_register w join below b on w.parent_id = b.id)
						select id from below)""");
			params.put("parent", filter.parentSlug().strip());
		}
		if (filter.institutionId() != null) {
			conditions.add("u.institution_id = :institution");
			params.put("institution", filter.institutionId());
		}
		if (filter.stage() == Standing.BELUM) {
			conditions.add("s.stage = 'PENCANANGAN' and u.latest_declared_on is null");
		}
		else if (filter.stage() == Standing.PENCANANGAN) {
			conditions.add("s.stage = 'PENCANANGAN' and u.latest_declared_on is not null");
		}
		else if (filter.stage() != null) {
			conditions.add("s.stage = :stage");
			params.put("stage", filter.stage().name());
		}
		if (filter.predicate() != null) {
			conditions.add("s.held_predicate = :predicate");
			params.put("predicate", filter.predicate().name());
		}
		if (filter.year() != null) {
			conditions.add("u.latest_declared_on >= make_date(:year, 1, 1)");
			conditions.add("u.latest_declared_on < make_date(:year + 1, 1, 1)");
			params.put("year", filter.year());
		}
		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}

	private static String likeAny(String column, List<String> patterns) {
		return String.join(" or ", patterns.stream().map((pattern) -> column + " like :" + pattern).toList());
	}

	// The same folding as the database's portal_fold(), which fills the name_folded
	// columns, so that their trigram indexes are used.
	static String fold(String text) {
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
				rs.getString("held_predicate"), rs.getObject("latest_declared_on", LocalDate.class),
				DatePrecision.of(rs.getString("latest_declared_precision")));
	}

	/** The latest declaration's date in ISO 8601 with only what is known of it. */
	private static String declaredOn(ResultSet rs) throws SQLException {
		LocalDate date = rs.getObject("latest_declared_on", LocalDate.class);
		return (date != null) ? DatePrecision.of(rs.getString("latest_declared_precision")).iso(date) : null;
	}

}
