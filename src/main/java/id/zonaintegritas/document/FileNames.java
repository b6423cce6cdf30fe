package id.zonaintegritas.document;

import java.text.Normalizer;

/**
 * Turns whatever name a browser sent into one that is safe to store, show and send back.
 */
final class FileNames {

	static final int MAX_LENGTH = 200;

	private FileNames() {
	}

	static String clean(String original, String fallbackExtension) {
		String name = (original != null) ? original : "";
		// Browsers on Windows may send a full path: keep only the last segment.
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = Normalizer.normalize(name, Normalizer.Form.NFC)
			.replaceAll("[\\p{Cntrl}<>:\"|?*]", "_")
			.replaceAll("^[.\\s]+", "")
			.strip();
		if (name.isEmpty()) {
			name = "dokumen." + fallbackExtension;
		}
		if (name.length() > MAX_LENGTH) {
			int dot = name.lastIndexOf('.');
			String extension = (dot > 0 && name.length() - dot <= 10) ? name.substring(dot) : "";
			name = name.substring(0, MAX_LENGTH - extension.length()) + extension;
		}
		return name;
	}

}
