package id.zonaintegritas.shared;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Text as the portal takes it in and gives it out. On the way in, once, every text is
 * cleaned of what no one means to store (NUL and other control characters, bidi overrides
 * that make a name read backwards, byte-order marks, surrounding blanks); on the way out,
 * each format makes it safe in its own way (HTML by Thymeleaf, CSV by
 * {@link SpreadsheetText}, XML here).
 */
public final class Text {

	// C0 controls except tab, line feed and carriage return; DEL and the C1 controls; the
	// bidi embeddings, overrides and isolates; the byte-order mark and the noncharacters.
	private static final Pattern NEVER_STORED = Pattern
		.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF\\uFFFE\\uFFFF]");

	private static final Pattern LINE_BREAKS = Pattern.compile("\\r\\n?");

	private static final Pattern BLANKS = Pattern.compile("\\s+");

	private Text() {
	}

	/**
	 * The text cleaned for storing; line breaks (as {@code \n}) and tabs stay.
	 * @param raw what was sent
	 * @return the cleaned text, or {@code null} if nothing is left
	 */
	public static String clean(String raw) {
		if (raw == null) {
			return null;
		}
		String cleaned = LINE_BREAKS.matcher(NEVER_STORED.matcher(raw).replaceAll("")).replaceAll("\n");
		cleaned = Normalizer.normalize(cleaned, Normalizer.Form.NFC).strip();
		return cleaned.isEmpty() ? null : cleaned;
	}

	/**
	 * The text cleaned for storing on one line: every run of blanks, tabs and line breaks
	 * becomes one space.
	 * @param raw what was sent
	 * @return the cleaned text, or {@code null} if nothing is left
	 */
	public static String cleanLine(String raw) {
		String cleaned = clean(raw);
		return (cleaned != null) ? BLANKS.matcher(cleaned).replaceAll(" ") : null;
	}

	/**
	 * Whether the text, once cleaned, is longer than the limit (in characters, as
	 * PostgreSQL counts them).
	 * @param text the cleaned text, or {@code null}
	 * @param limit the most characters allowed
	 * @return whether it is too long
	 */
	public static boolean isLongerThan(String text, int limit) {
		return text != null && text.codePointCount(0, text.length()) > limit;
	}

	/**
	 * Refuses a text longer than its limit.
	 * @param text the cleaned text, or {@code null}
	 * @param limit the most characters allowed
	 * @param fieldLabelKey the message key of the field's label, for the message
	 * @return the text
	 * @throws InputTooLongException when it is longer
	 */
	public static String requireAtMost(String text, int limit, String fieldLabelKey) {
		if (isLongerThan(text, limit)) {
			throw new InputTooLongException(fieldLabelKey, limit);
		}
		return text;
	}

	/**
	 * The text with every character that XML 1.0 does not allow removed (stored text is
	 * clean, but older rows, imports and psql need not be).
	 * @param text any text
	 * @return text that any XML parser reads
	 */
	public static String xml(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder allowed = new StringBuilder(text.length());
		text.codePoints().filter(Text::allowedInXml).forEach(allowed::appendCodePoint);
		return allowed.toString();
	}

	private static boolean allowedInXml(int c) {
		return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
				|| (c >= 0x10000 && c <= 0x10FFFF);
	}

	/**
	 * What a user typed, cut to 40 characters for a message that quotes it, so that a
	 * pasted paragraph does not fill the page.
	 * @param typed the text
	 * @return the text, or its first 40 characters and an ellipsis
	 */
	public static String quoted(String typed) {
		return (typed.length() > 40) ? typed.substring(0, 40) + "…" : typed;
	}

}
