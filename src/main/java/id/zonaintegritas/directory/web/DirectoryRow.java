package id.zonaintegritas.directory.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import id.zonaintegritas.directory.DirectoryEntry;

import org.springframework.context.MessageSource;

/**
 * A row of the directory's table with its texts ready. The rows were most of the page's
 * template expressions (a link built, a region joined, a stage's text looked up and a
 * date formatted in each), evaluated on every page rendered; here each is one plain
 * value.
 *
 * @param href the unit's page, carrying the search it was found by
 * @param name the unit's name
 * @param institution its instansi
 * @param region its regency or city and its province
 * @param stage where it stands, in the reader's language
 * @param held the predicate it holds, or a dash
 * @param declared the date of its declaration, or a dash
 */
record DirectoryRow(String href, String name, String institution, String region, String stage, String held,
		String declared) {

	private static final String NONE = "—";

	/**
	 * @param entries the units of one page of results
	 * @param searchQuery the search, as {@link SearchReturn} carries it, or {@code null}
	 * @param texts the portal's texts
	 * @param locale the reader's language
	 * @return their rows
	 */
	static List<DirectoryRow> of(List<DirectoryEntry> entries, String searchQuery, MessageSource texts, Locale locale) {
		String search = (searchQuery != null) ? "?cari=" + URLEncoder.encode(searchQuery, StandardCharsets.UTF_8) : "";
		// A slug is lower-case letters, digits and dashes (the database holds it to
		// that).
		return entries.stream()
			.map((entry) -> new DirectoryRow("/direktori/" + entry.slug() + search, entry.name(),
					entry.institutionName(), entry.regionLabel(),
					texts.getMessage("stage." + entry.standing(), null, locale),
					(entry.heldPredicate() != null) ? entry.heldPredicate() : NONE, declared(entry, locale)))
			.toList();
	}

	private static String declared(DirectoryEntry entry, Locale locale) {
		return (entry.declaredOn() != null) ? entry.declaredOnPrecision().display(entry.declaredOn(), locale) : NONE;
	}

}
