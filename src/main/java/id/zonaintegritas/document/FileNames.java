package id.zonaintegritas.document;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.zonaintegritas.shared.ColumnLimit;

/**
 * Turns whatever name a browser sent into one that is safe to store, show and send back:
 * no path, no control or bidi characters (which can make "gpj.exe" read as "exe.jpg"), no
 * characters that file systems refuse, and an extension that says what the content is, as
 * detected, so that a PDF is never served as {@code laporan.html}.
 */
final class FileNames {

	@ColumnLimit(table = "document", column = "file_name")
	static final int MAX_LENGTH = 200;

	/** The extensions each accepted type may keep; the first is given when none fits. */
	private static final Map<String, List<String>> EXTENSIONS = Map.of("application/pdf", List.of("pdf"), "image/jpeg",
			List.of("jpg", "jpeg"), "image/png", List.of("png"));

	private FileNames() {
	}

	static String clean(String original, String mediaType) {
		List<String> extensions = EXTENSIONS.getOrDefault(mediaType, List.of("bin"));
		String name = (original != null) ? original : "";
		// Browsers on Windows may send a full path: keep only the last segment.
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = Normalizer.normalize(name, Normalizer.Form.NFC)
			.replaceAll("[\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u061C\\uFEFF]", "")
			.replaceAll("[\\p{Cntrl}<>:\"|?*]", "_")
			.replaceAll("^[.\\s]+", "")
			.strip();
		int dot = name.lastIndexOf('.');
		String extension = (dot > 0) ? name.substring(dot + 1) : "";
		String base = (dot > 0) ? name.substring(0, dot).strip() : name;
		if (!extensions.contains(extension.toLowerCase(Locale.ROOT))) {
			extension = extensions.get(0);
			base = name;
		}
		if (base.isEmpty()) {
			base = "dokumen";
		}
		int room = MAX_LENGTH - extension.length() - 1;
		if (base.length() > room) {
			base = base.substring(0, room);
		}
		return base + "." + extension;
	}

}
