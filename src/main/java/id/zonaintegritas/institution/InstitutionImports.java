package id.zonaintegritas.institution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import id.zonaintegritas.audit.AuditRecord;
import id.zonaintegritas.audit.AuditTrail;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.Administration;
import id.zonaintegritas.shared.AdministratorCheck;
import id.zonaintegritas.shared.ImportProblem;
import id.zonaintegritas.shared.ImportRefusedException;
import id.zonaintegritas.shared.ImportRow;
import id.zonaintegritas.shared.Text;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Institutions and work units in bulk, all or nothing: every row is checked against the
 * same rules as the admin forms, against the database and against the other rows of the
 * file, and every problem of every row is reported; only a file without any is written,
 * in one transaction, with JDBC batches (10,000 units in seconds, docs/performance.md).
 * Institutions are the national administrator's; an institution's administrator imports
 * units of its own institutions only.
 */
@Service
public class InstitutionImports {

	/** The most rows one import takes. */
	public static final int MAX_ROWS = 20_000;

	private static final Pattern CODE = Pattern.compile("^[A-Z0-9]+(-[A-Z0-9]+)*$");

	private static final int BATCH = 1_000;

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final AuditTrail audit;

	private final AdministratorCheck administrators;

	InstitutionImports(JdbcClient jdbc, JdbcTemplate batches, AuditTrail audit, AdministratorCheck administrators) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.audit = audit;
		this.administrators = administrators;
	}

	/**
	 * An institution as a row of the import says it.
	 *
	 * @param code its short code
	 * @param name its name
	 * @param kind {@code KEMENTERIAN_LEMBAGA}, {@code PROVINSI} or {@code KABUPATEN_KOTA}
	 * @param regionCode the Kemendagri code of its province, regency or city; none for a
	 * ministry or national agency
	 */
	public record InstitutionRow(String code, String name, String kind, String regionCode) {
	}

	/**
	 * A work unit as a row of the import says it.
	 *
	 * @param institutionCode its instansi's code
	 * @param name its name
	 * @param slug its public address, or none to derive it from the name
	 * @param regionCode the Kemendagri code of its region
	 * @param address its address, or none
	 * @param staffCount how many staff it has, as written
	 * @param parentSlug the public address of the unit it sits under (in the database or
	 * the same file), or none
	 */
	public record WorkUnitRow(String institutionCode, String name, String slug, String regionCode, String address,
			String staffCount, String parentSlug) {
	}

	/** Every problem of these rows, without writing anything. */
	@Transactional(readOnly = true)
	public List<ImportProblem> checkInstitutions(List<ImportRow<InstitutionRow>> rows, Actor admin) {
		this.administrators.requireAdministrator(admin);
		return institutionProblems(rows);
	}

	/**
	 * Creates every institution of the file, or none.
	 * @return how many were created
	 * @throws ImportRefusedException with every problem of every row
	 */
	@Transactional
	public int importInstitutions(List<ImportRow<InstitutionRow>> rows, Actor admin) {
		this.administrators.requireAdministrator(admin);
		ImportRefusedException.throwIfAny(institutionProblems(rows));
		List<Object[]> values = rows.stream()
			.map(ImportRow::value)
			.map((row) -> new Object[] { row.code().strip().toUpperCase(Locale.ROOT), row.name().strip(),
					kind(row.kind()).name(), blankToNull(row.regionCode()) })
			.toList();
		insert("insert into institution (code, name, kind, region_code) values (?, ?, ?, ?)", values);
		this.audit
			.record(AuditRecord.worded(admin, "INSTITUTIONS_IMPORTED", "Institution", "import", null, values.size()));
		return values.size();
	}

	/** Every problem of these rows, without writing anything. */
	@Transactional(readOnly = true)
	public List<ImportProblem> checkWorkUnits(List<ImportRow<WorkUnitRow>> rows, Actor admin) {
		return new UnitCheck(rows, this.administrators.administrationOf(admin)).problems();
	}

	/**
	 * Creates every work unit of the file, or none, and places each under its parent.
	 * @return how many were created
	 * @throws ImportRefusedException with every problem of every row
	 */
	@Transactional
	public int importWorkUnits(List<ImportRow<WorkUnitRow>> rows, Actor admin) {
		UnitCheck check = new UnitCheck(rows, this.administrators.administrationOf(admin));
		ImportRefusedException.throwIfAny(check.problems());
		List<Object[]> values = new ArrayList<>();
		List<Object[]> parents = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			WorkUnitRow row = rows.get(i).value();
			String slug = check.slugs.get(i);
			values.add(new Object[] { check.institutionIds.get(row.institutionCode().strip().toUpperCase(Locale.ROOT)),
					row.name().strip(), slug, row.regionCode().strip(), blankToNull(row.address()),
					Integer.parseInt(row.staffCount().strip()) });
			if (blankToNull(row.parentSlug()) != null) {
				parents.add(new Object[] { row.parentSlug().strip(), slug });
			}
		}
		insert("""
				insert into work_unit (institution_id, name, slug, region_code, address, staff_count)
				values (?, ?, ?, ?, ?, ?)""", values);
		insert("update work_unit set parent_id = (select p.id from work_unit p where p.slug = ?) where slug = ?",
				parents);
		this.audit.record(AuditRecord.worded(admin, "WORK_UNITS_IMPORTED", "WorkUnit", "import", null, values.size()));
		return values.size();
	}

	private List<ImportProblem> institutionProblems(List<ImportRow<InstitutionRow>> rows) {
		Set<String> codes = new HashSet<>(
				this.jdbc.sql("select upper(code) from institution").query(String.class).list());
		Set<String> names = new HashSet<>(
				this.jdbc.sql("select lower(name) from institution").query(String.class).list());
		Set<String> regions = regionCodes();
		List<ImportProblem> problems = new ArrayList<>();
		for (ImportRow<InstitutionRow> numbered : rows) {
			long line = numbered.line();
			InstitutionRow row = numbered.value();
			String code = blankToNull(row.code());
			if (code == null) {
				problems.add(new ImportProblem(line, "import.required", "kode"));
			}
			else {
				code = code.toUpperCase(Locale.ROOT);
				if (code.length() > InstitutionDetails.CODE_LENGTH || !CODE.matcher(code).matches()) {
					problems.add(new ImportProblem(line, "institution.rule.codeInvalid"));
				}
				else if (!codes.add(code)) {
					problems.add(new ImportProblem(line, "institution.rule.codeTaken", code));
				}
			}
			String name = blankToNull(row.name());
			if (name == null) {
				problems.add(new ImportProblem(line, "import.required", "nama"));
			}
			else if (Text.isLongerThan(name, InstitutionDetails.NAME_LENGTH)) {
				problems.add(new ImportProblem(line, "import.tooLong", "nama", InstitutionDetails.NAME_LENGTH));
			}
			else if (!names.add(name.toLowerCase(Locale.ROOT))) {
				problems.add(new ImportProblem(line, "institution.rule.nameTaken", name));
			}
			InstitutionKind kind = kind(row.kind());
			String region = blankToNull(row.regionCode());
			if (kind == null) {
				problems.add(new ImportProblem(line, "import.institution.kindUnknown",
						(row.kind() == null) ? "" : Text.quoted(row.kind())));
			}
			else if (kind == InstitutionKind.KEMENTERIAN_LEMBAGA && region != null) {
				problems.add(new ImportProblem(line, "institution.rule.regionNotForMinistry"));
			}
			else if (kind != InstitutionKind.KEMENTERIAN_LEMBAGA && region == null) {
				problems.add(new ImportProblem(line, "institution.rule.regionRequired"));
			}
			if (region != null && !regions.contains(region)) {
				problems.add(new ImportProblem(line, "institution.rule.regionUnknown", Text.quoted(region)));
			}
		}
		return problems;
	}

	/** The checks of a unit import, with what they found out for the writing. */
	private final class UnitCheck {

		private final List<ImportProblem> problems = new ArrayList<>();

		private final Map<String, Long> institutionIds = new HashMap<>();

		/** Each row's public address, derived where it was left empty. */
		private final List<String> slugs = new ArrayList<>();

		UnitCheck(List<ImportRow<WorkUnitRow>> rows, Administration administration) {
			InstitutionImports.this.jdbc.sql("select upper(code) as code, id from institution")
				.query((rs, n) -> this.institutionIds.put(rs.getString("code"), rs.getLong("id")))
				.list();
			Set<String> regions = regionCodes();
			Map<String, Long> unitInstitution = new HashMap<>();
			Set<String> names = new HashSet<>();
			InstitutionImports.this.jdbc.sql("select slug, institution_id, lower(name) as name from work_unit")
				.query((rs, n) -> {
					unitInstitution.put(rs.getString("slug"), rs.getLong("institution_id"));
					return names.add(rs.getLong("institution_id") + "/" + rs.getString("name"));
				})
				.list();
			Map<String, Long> lineOfSlug = new HashMap<>();
			Map<String, String> parentOfSlug = new LinkedHashMap<>();
			for (ImportRow<WorkUnitRow> numbered : rows) {
				long line = numbered.line();
				WorkUnitRow row = numbered.value();
				Long institutionId = null;
				String code = blankToNull(row.institutionCode());
				if (code == null) {
					this.problems.add(new ImportProblem(line, "import.required", "instansi"));
				}
				else {
					institutionId = this.institutionIds.get(code.toUpperCase(Locale.ROOT));
					if (institutionId == null) {
						this.problems.add(new ImportProblem(line, "import.unit.institutionUnknown", Text.quoted(code)));
					}
					else if (!administration.covers(institutionId)) {
						this.problems.add(new ImportProblem(line, "import.notYourInstitution", Text.quoted(code)));
						institutionId = null;
					}
				}
				String name = blankToNull(row.name());
				if (name == null) {
					this.problems.add(new ImportProblem(line, "import.required", "nama"));
				}
				else if (Text.isLongerThan(name, WorkUnitDetails.NAME_LENGTH)) {
					this.problems.add(new ImportProblem(line, "import.tooLong", "nama", WorkUnitDetails.NAME_LENGTH));
				}
				else if (institutionId != null && !names.add(institutionId + "/" + name.toLowerCase(Locale.ROOT))) {
					this.problems.add(new ImportProblem(line, "workUnit.rule.nameTaken", name));
				}
				String slug = (blankToNull(row.slug()) != null) ? row.slug().strip()
						: (name != null) ? Slugs.fromName(name) : null;
				this.slugs.add(slug);
				if (slug != null) {
					if (slug.length() > WorkUnitDetails.SLUG_LENGTH || !Slugs.VALID.matcher(slug).matches()) {
						this.problems.add(new ImportProblem(line, "workUnit.rule.slugInvalid"));
					}
					else if (unitInstitution.containsKey(slug) || lineOfSlug.containsKey(slug)) {
						this.problems.add(new ImportProblem(line, "workUnit.rule.slugTaken", slug));
					}
					else {
						lineOfSlug.put(slug, line);
						unitInstitution.put(slug, (institutionId != null) ? institutionId : -1L);
						parentOfSlug.put(slug, blankToNull(row.parentSlug()));
					}
				}
				String region = blankToNull(row.regionCode());
				if (region == null) {
					this.problems.add(new ImportProblem(line, "institution.rule.regionRequired"));
				}
				else if (!regions.contains(region)) {
					this.problems.add(new ImportProblem(line, "institution.rule.regionUnknown", Text.quoted(region)));
				}
				if (Text.isLongerThan(blankToNull(row.address()), WorkUnitDetails.ADDRESS_LENGTH)) {
					this.problems
						.add(new ImportProblem(line, "import.tooLong", "alamat", WorkUnitDetails.ADDRESS_LENGTH));
				}
				if (!validStaffCount(row.staffCount())) {
					this.problems.add(new ImportProblem(line, "workUnit.rule.staffCountInvalid"));
				}
			}
			for (ImportRow<WorkUnitRow> numbered : rows) {
				String parent = blankToNull(numbered.value().parentSlug());
				if (parent == null) {
					continue;
				}
				Long parentInstitution = unitInstitution.get(parent);
				String code = blankToNull(numbered.value().institutionCode());
				Long institutionId = (code != null) ? this.institutionIds.get(code.toUpperCase(Locale.ROOT)) : null;
				if (parentInstitution == null) {
					this.problems
						.add(new ImportProblem(numbered.line(), "workUnit.rule.parentUnknown", Text.quoted(parent)));
				}
				else if (institutionId != null && parentInstitution != -1L
						&& !parentInstitution.equals(institutionId)) {
					this.problems
						.add(new ImportProblem(numbered.line(), "workUnit.rule.parentOfOtherInstitution", parent));
				}
			}
			// Units already stored sit under stored units only, so a cycle can only run
			// through the file's own rows.
			Set<String> reported = new HashSet<>();
			for (String start : parentOfSlug.keySet()) {
				Set<String> seen = new HashSet<>();
				String at = start;
				while (at != null && parentOfSlug.containsKey(at) && seen.add(at)) {
					at = parentOfSlug.get(at);
				}
				if (at != null && at.equals(start) && reported.add(start)) {
					this.problems.add(new ImportProblem(lineOfSlug.get(start), "import.unit.parentCycle", start));
				}
			}
		}

		List<ImportProblem> problems() {
			return this.problems;
		}

	}

	private Set<String> regionCodes() {
		return new HashSet<>(this.jdbc.sql("select code from region").query(String.class).list());
	}

	private void insert(String sql, List<Object[]> values) {
		for (int from = 0; from < values.size(); from += BATCH) {
			this.batches.batchUpdate(sql, values.subList(from, Math.min(values.size(), from + BATCH)));
		}
	}

	private static boolean validStaffCount(String text) {
		if (text == null || !text.strip().matches("\\d{1,6}")) {
			return false;
		}
		int count = Integer.parseInt(text.strip());
		return count >= 1 && count <= 100_000;
	}

	private static InstitutionKind kind(String text) {
		if (text == null) {
			return null;
		}
		String wanted = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('/', '_');
		for (InstitutionKind kind : InstitutionKind.values()) {
			if (kind.name().equals(wanted)) {
				return kind;
			}
		}
		return null;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
