package id.zonaintegritas.institution;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.zonaintegritas.shared.NotFoundException;
import id.zonaintegritas.shared.PublicDataVersion;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads institutions, their work units, and the regions they sit in, through the views
 * this module publishes ({@code unit_listing}, {@code region_listing}), so that a unit's
 * province is worked out in one place; administrators change them through
 * {@link InstitutionAdministration}.
 */
@Service
@Transactional(readOnly = true)
public class InstitutionService {

	private static final String UNITS = """
			select id, slug, name, institution_id, institution_code, institution_name, region_code, region_name,
			       province_name, staff_count, address, version, parent_slug, parent_name
			from unit_listing
			""";

	// The ids of the units below :unit, at any depth (a trigger keeps the hierarchy free
	// of
	// cycles).
	private static final String BELOW = """
			with recursive below(id) as (
			    select id from unit_register where parent_id = :unit
			    union all
			    select u.id from unit_register u join below b on u.parent_id = b.id)
			""";

	private final JdbcClient jdbc;

	private final InstitutionRepository institutions;

	private final PublicDataVersion publicData;

	InstitutionService(JdbcClient jdbc, InstitutionRepository institutions, PublicDataVersion publicData) {
		this.jdbc = jdbc;
		this.institutions = institutions;
		this.publicData = publicData;
	}

	/** All registered work units, by name. */
	public List<WorkUnitSummary> listWorkUnits() {
		return this.jdbc.sql(UNITS + " order by name, id").query(InstitutionService::unit).list();
	}

	/** How many work units are registered. */
	public long countWorkUnits() {
		return this.jdbc.sql("select count(*) from unit_listing").query(Long.class).single();
	}

	public List<WorkUnitSummary> workUnitsOf(long institutionId) {
		return this.jdbc.sql(UNITS + " where institution_id = :institution order by name, id")
			.param("institution", institutionId)
			.query(InstitutionService::unit)
			.list();
	}

	public List<WorkUnitSummary> workUnits(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(UNITS + " where id in (:ids) order by name, id")
			.param("ids", ids)
			.query(InstitutionService::unit)
			.list();
	}

	/** The units below this one at any depth, by name. */
	public List<WorkUnitSummary> unitsBelow(long unitId) {
		return this.jdbc.sql(BELOW + UNITS + " where id in (select id from below) order by name, id")
			.param("unit", unitId)
			.query(InstitutionService::unit)
			.list();
	}

	/** How many units sit below this one, at any depth. */
	public int countUnitsBelow(long unitId) {
		return this.jdbc.sql(BELOW + "select count(*) from below").param("unit", unitId).query(Integer.class).single();
	}

	/**
	 * The ids of the work units with these public addresses; unknown ones are left out.
	 */
	public Map<String, Long> workUnitIdsBySlug(Collection<String> slugs) {
		if (slugs.isEmpty()) {
			return Map.of();
		}
		Map<String, Long> ids = new HashMap<>();
		this.jdbc.sql("select slug, id from work_unit where slug in (:slugs)")
			.param("slugs", slugs)
			.query((rs, row) -> ids.put(rs.getString("slug"), rs.getLong("id")))
			.list();
		return ids;
	}

	/**
	 * The ids of the institutions with these codes (in upper case); unknown ones left
	 * out.
	 */
	public Map<String, Long> institutionIdsByCode(Collection<String> codes) {
		if (codes.isEmpty()) {
			return Map.of();
		}
		Map<String, Long> ids = new HashMap<>();
		this.jdbc.sql("select upper(code) as code, id from institution where upper(code) in (:codes)")
			.param("codes", codes)
			.query((rs, row) -> ids.put(rs.getString("code"), rs.getLong("id")))
			.list();
		return ids;
	}

	/**
	 * The work unit with this public slug, or a {@link NotFoundException}. One statement:
	 * it joins a caller's transaction and needs none of its own.
	 */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public WorkUnitSummary workUnitBySlug(String slug) {
		return this.jdbc.sql(UNITS + " where slug = :slug")
			.param("slug", slug)
			.query(InstitutionService::unit)
			.optional()
			.orElseThrow(() -> new NotFoundException("error.workUnit.notFound", slug));
	}

	/** The work unit with this id, or a {@link NotFoundException}; as the one above. */
	@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
	public WorkUnitSummary workUnit(long id) {
		return this.jdbc.sql(UNITS + " where id = :id")
			.param("id", id)
			.query(InstitutionService::unit)
			.optional()
			.orElseThrow(() -> new NotFoundException("error.workUnit.notFound", id));
	}

	/**
	 * Work units whose name, instansi or instansi code contains the text, by name, at
	 * most {@code limit}: for pickers that must work with thousands of units and without
	 * JavaScript.
	 */
	public List<WorkUnitSummary> findWorkUnits(String text, int limit) {
		return this.jdbc.sql(UNITS + """
				 where name ilike :pattern escape '\\' or institution_name ilike :pattern escape '\\'
				    or institution_code ilike :pattern escape '\\'
				order by name, id limit :limit
				""").param("pattern", containing(text)).param("limit", limit).query(InstitutionService::unit).list();
	}

	/** Instansi whose name or code contains the text, by name, at most {@code limit}. */
	public List<InstitutionView> findInstitutions(String text, int limit) {
		String wanted = text.strip().toLowerCase(Locale.ROOT);
		return listInstitutions().stream()
			.filter((institution) -> institution.name().toLowerCase(Locale.ROOT).contains(wanted)
					|| institution.code().toLowerCase(Locale.ROOT).contains(wanted))
			.limit(limit)
			.toList();
	}

	private static String containing(String text) {
		return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	public List<InstitutionView> listInstitutions() {
		return this.institutions.findAllViews();
	}

	public InstitutionView institution(long id) {
		return this.institutions.findView(id)
			.orElseThrow(() -> new NotFoundException("error.institution.notFound", id));
	}

	/** Every region, by code; read once per version of the public data. */
	public List<RegionView> listRegions() {
		return this.publicData.keep("institution.regions",
				() -> this.jdbc.sql("select code, name, kind, province_name from region_listing order by code")
					.query((rs, row) -> new RegionView(rs.getString("code"), rs.getString("name"),
							RegionKind.valueOf(rs.getString("kind")), rs.getString("province_name")))
					.list());
	}

	/**
	 * Every instansi's id and name, by name, for filters; read once per version of the
	 * public data.
	 */
	public List<InstitutionChoice> institutionChoices() {
		return this.publicData.keep("institution.choices", this.institutions::findChoices);
	}

	private static WorkUnitSummary unit(ResultSet rs, int row) throws SQLException {
		return new WorkUnitSummary(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
				rs.getLong("institution_id"), rs.getString("institution_code"), rs.getString("institution_name"),
				rs.getString("region_code"), rs.getString("region_name"), rs.getString("province_name"),
				rs.getInt("staff_count"), rs.getString("address"), rs.getLong("version"), rs.getString("parent_slug"),
				rs.getString("parent_name"));
	}

}
