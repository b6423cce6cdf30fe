package id.zonaintegritas.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which database relations a piece of SQL names, and what the database's views are made
 * of: for the tests that hold modules to their own tables and public pages to their data
 * version.
 */
public final class SqlRelations {

	private static final Pattern REFERENCE = Pattern
		.compile("(?i)\\b(?:from|join|into|update|table)\\s+(?:only\\s+)?\"?([a-z_][a-z0-9_]*)\"?");

	private static final Pattern MAPPING = Pattern
		.compile("@(?:Table|CollectionTable|JoinTable)\\s*\\(\\s*name\\s*=\\s*\"([a-z_][a-z0-9_]*)\"");

	private final Set<String> relations;

	private final Map<String, Set<String>> viewsUse;

	private SqlRelations(Set<String> relations, Map<String, Set<String>> viewsUse) {
		this.relations = relations;
		this.viewsUse = viewsUse;
	}

	/** The tables and views of the portal's schema, as the database has them now. */
	public static SqlRelations of(JdbcTemplate jdbc) {
		Set<String> relations = new TreeSet<>(jdbc.queryForList("""
				select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
				where n.nspname = current_schema() and c.relkind in ('r', 'v', 'p', 'm')
				  and c.relname not like 'flyway\\_%'
				""", String.class));
		Map<String, Set<String>> viewsUse = new HashMap<>();
		jdbc.query("""
				select distinct v.relname as view, t.relname as used
				from pg_depend d
				join pg_rewrite r on r.oid = d.objid
				join pg_class v on v.oid = r.ev_class
				join pg_class t on t.oid = d.refobjid
				where v.relkind = 'v' and t.oid <> v.oid and t.relkind in ('r', 'v', 'p')
				""", (row) -> {
			viewsUse.computeIfAbsent(row.getString("view"), (view) -> new TreeSet<>()).add(row.getString("used"));
		});
		return new SqlRelations(relations, viewsUse);
	}

	/**
	 * Only these relations, with no view's make-up known: for reading which of them some
	 * SQL names, without a database.
	 */
	public static SqlRelations only(Set<String> relations) {
		return new SqlRelations(new TreeSet<>(relations), Map.of());
	}

	public Set<String> all() {
		return this.relations;
	}

	public boolean isView(String relation) {
		return this.viewsUse.containsKey(relation);
	}

	/** The relations of the schema that this SQL names. */
	public Set<String> namedIn(String sql) {
		Set<String> named = new TreeSet<>();
		Matcher matcher = REFERENCE.matcher(sql);
		while (matcher.find()) {
			String name = matcher.group(1).toLowerCase(java.util.Locale.ROOT);
			if (this.relations.contains(name)) {
				named.add(name);
			}
		}
		return named;
	}

	/**
	 * The relations the JPA mappings of a Java source file name:
	 * {@code @Table(name = "work_unit")}, {@code @CollectionTable}, {@code @JoinTable}.
	 */
	public Set<String> mappedIn(String java) {
		Set<String> mapped = new TreeSet<>();
		Matcher matcher = MAPPING.matcher(java);
		while (matcher.find()) {
			mapped.add(matcher.group(1));
		}
		return mapped;
	}

	/** The tables a relation reads in the end: itself, or the tables under a view. */
	public Set<String> tablesUnder(String relation) {
		Set<String> tables = new TreeSet<>();
		List<String> open = new ArrayList<>(List.of(relation));
		Set<String> seen = new LinkedHashSet<>();
		while (!open.isEmpty()) {
			String next = open.remove(open.size() - 1);
			if (!seen.add(next)) {
				continue;
			}
			if (isView(next)) {
				open.addAll(this.viewsUse.get(next));
			}
			else {
				tables.add(next);
			}
		}
		return tables;
	}

	/**
	 * The string literals and text blocks of a Java source file: where its SQL is.
	 * Comments and code are left out.
	 */
	public static List<String> stringLiterals(String java) {
		List<String> literals = new ArrayList<>();
		int i = 0;
		while (i < java.length()) {
			char c = java.charAt(i);
			if (java.startsWith("//", i)) {
				i = endOf(java, "\n", i + 2);
			}
			else if (java.startsWith("/*", i)) {
				i = endOf(java, "*/", i + 2);
			}
			else if (java.startsWith("\"\"\"", i)) {
				int end = java.indexOf("\"\"\"", i + 3);
				literals.add(java.substring(i + 3, end));
				i = end + 3;
			}
			else if (c == '"' || c == '\'') {
				int end = i + 1;
				while (java.charAt(end) != c) {
					end += (java.charAt(end) == '\\') ? 2 : 1;
				}
				if (c == '"') {
					literals.add(java.substring(i + 1, end));
				}
				i = end + 1;
			}
			else {
				i++;
			}
		}
		return literals;
	}

	private static int endOf(String text, String terminator, int from) {
		int end = text.indexOf(terminator, from);
		return (end < 0) ? text.length() : end + terminator.length();
	}

}
