package id.zonaintegritas.institution;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Public URL identifiers: lower-case ASCII words joined by dashes. */
final class Slugs {

	static final Pattern VALID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

	private Slugs() {
	}

	static String fromName(String name) {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		return (slug.length() > 120) ? slug.substring(0, 120).replaceAll("-+$", "") : slug;
	}

}
