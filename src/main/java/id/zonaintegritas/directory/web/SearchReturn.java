package id.zonaintegritas.directory.web;

import java.util.regex.Pattern;

/**
 * The directory search a visitor came from, carried to a unit's page (as {@code cari}) so
 * that its "back" link returns to the same results. Only an encoded query string is
 * carried: it is put after {@code /direktori?}, never used as an address of its own.
 */
final class SearchReturn {

	private static final Pattern ENCODED_QUERY = Pattern.compile("[A-Za-z0-9=&%+._~-]{1,500}");

	private SearchReturn() {
	}

	/** The query string, or {@code null} when there is none or it is not a plain one. */
	static String of(String queryString) {
		return (queryString != null && ENCODED_QUERY.matcher(queryString).matches()) ? queryString : null;
	}

}
