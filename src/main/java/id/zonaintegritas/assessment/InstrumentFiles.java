package id.zonaintegritas.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The six files an LKE version is made of, as bytes: the shape of
 * {@code src/main/resources/lke/permenpanrb-90-2021/} (docs/lke.md).
 *
 * @param name the version's name
 * @param contents each file's bytes, by file name; a missing file is absent
 */
public record InstrumentFiles(String name, Map<String, byte[]> contents) {

	public static final String QUESTIONS = "questions.csv";

	public static final String SCORING = "scoring.csv";

	public static final String MINIMUMS = "minimums.csv";

	public static final String HASIL = "hasil.csv";

	public static final String NUMERIC_INPUTS = "numeric_inputs.csv";

	public static final String PENJELASAN = "penjelasan.csv";

	/** Every file of a version, in the order they are read. */
	public static final List<String> NAMES = List.of(QUESTIONS, SCORING, MINIMUMS, HASIL, NUMERIC_INPUTS, PENJELASAN);

	/** The largest file taken: the bundled questions are 59 KB. */
	public static final int MAX_BYTES = 2 * 1024 * 1024;

	public InstrumentFiles {
		contents = Map.copyOf(contents);
	}

	/** The version bundled with the portal: PermenPAN-RB 90/2021. */
	public static InstrumentFiles bundled() {
		Map<String, byte[]> contents = new LinkedHashMap<>();
		for (String file : NAMES) {
			try (InputStream in = InstrumentFiles.class.getResourceAsStream("/lke/permenpanrb-90-2021/" + file)) {
				if (in == null) {
					throw new IllegalStateException("the bundled LKE lacks " + file);
				}
				contents.put(file, in.readAllBytes());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return new InstrumentFiles(BUNDLED_NAME, contents);
	}

	/** The name of the bundled version. */
	public static final String BUNDLED_NAME = "PermenPAN-RB 90/2021";

}
