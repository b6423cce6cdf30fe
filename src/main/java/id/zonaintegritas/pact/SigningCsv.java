package id.zonaintegritas.pact;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.zonaintegritas.shared.SpreadsheetText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The pact signing CSV, as Excel writes it in Indonesia: UTF-8 with or without a
 * byte-order mark, separated by semicolons or commas, dates as 2024-05-02 or 02/05/2024.
 * Columns: {@code nama, nip, jabatan, peran, tanggal}.
 */
final class SigningCsv {

	static final String[] COLUMNS = { "nama", "nip", "jabatan", "peran", "tanggal" };

	private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private SigningCsv() {
	}

	/**
	 * A parsed line: its number in the file and its details, or the reason it could not
	 * be read.
	 */
	record Line(long number, PactSigningDetails details, ImportProblem problem) {
	}

	static List<Line> read(InputStream input) {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8))) {
			reader.mark(8192);
			String header = reader.readLine();
			if (header == null) {
				return List.of();
			}
			reader.reset();
			if (header.startsWith("\uFEFF")) {
				reader.skip(1);
				header = header.substring(1);
			}
			char delimiter = (header.chars().filter((c) -> c == ';').count() >= header.chars()
				.filter((c) -> c == ',')
				.count()) ? ';' : ',';
			CSVFormat format = CSVFormat.DEFAULT.builder()
				.setDelimiter(delimiter)
				.setHeader()
				.setSkipHeaderRecord(true)
				.setIgnoreHeaderCase(true)
				.setTrim(true)
				.setIgnoreEmptyLines(true)
				.get();
			List<Line> lines = new ArrayList<>();
			try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
				List<String> missing = missingColumns(parser.getHeaderNames());
				if (!missing.isEmpty()) {
					return List.of(new Line(1, null,
							new ImportProblem(1, "pact.import.missingColumns", String.join(", ", missing))));
				}
				for (CSVRecord record : parser) {
					lines.add(parse(record));
				}
			}
			return lines;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			return List.of(new Line(1, null, new ImportProblem(1, "pact.import.unreadable")));
		}
	}

	private static Line parse(CSVRecord record) {
		// The header is line 1; records count from 1 after it.
		long line = record.getRecordNumber() + 1;
		String roleText = record.get("peran").toUpperCase(Locale.ROOT).replace(' ', '_');
		SigningRole role;
		try {
			role = SigningRole.valueOf(roleText);
		}
		catch (IllegalArgumentException ex) {
			return new Line(line, null, new ImportProblem(line, "pact.import.badRole", record.get("peran")));
		}
		LocalDate date;
		try {
			date = parseDate(record.get("tanggal"));
		}
		catch (DateTimeParseException ex) {
			return new Line(line, null, new ImportProblem(line, "pact.import.badDate", record.get("tanggal")));
		}
		return new Line(line,
				new PactSigningDetails(record.get("nama"), record.get("nip"), record.get("jabatan"), role, date), null);
	}

	private static LocalDate parseDate(String text) {
		if (text.isBlank()) {
			return null;
		}
		return text.contains("/") ? LocalDate.parse(text, DAY_MONTH_YEAR) : LocalDate.parse(text);
	}

	private static List<String> missingColumns(List<String> headers) {
		List<String> lower = headers.stream().map((header) -> header.toLowerCase(Locale.ROOT)).toList();
		return List.of(COLUMNS).stream().filter((column) -> !lower.contains(column)).toList();
	}

	/** Writes signings (or, with none, the template) for Excel: BOM, semicolons. */
	static void write(List<PactSigningView> signings, Writer writer) {
		try {
			writer.write('\uFEFF');
			try (CSVPrinter printer = CSVFormat.DEFAULT.builder()
				.setDelimiter(';')
				.setHeader(COLUMNS)
				.setRecordSeparator("\r\n")
				.get()
				.print(writer)) {
				for (PactSigningView signing : signings) {
					printer.printRecord(SpreadsheetText.defuse(signing.signatoryName()), signing.nip(),
							SpreadsheetText.defuse(signing.position()), signing.role(), signing.signedOn());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
