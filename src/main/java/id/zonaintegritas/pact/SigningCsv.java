package id.zonaintegritas.pact;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.zonaintegritas.shared.ImportProblem;
import id.zonaintegritas.shared.LineNumbers;
import id.zonaintegritas.shared.SpreadsheetText;
import id.zonaintegritas.shared.TableFile;
import id.zonaintegritas.shared.Text;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The pact signing CSV, as Excel writes it in Indonesia: UTF-8 with or without a
 * byte-order mark, or Windows-1252 ("CSV" in Excel on Windows), separated by semicolons
 * or commas, dates as 2024-05-02 or 02/05/2024. Columns:
 * {@code nama, nip, jabatan, peran,
 * tanggal}; the header names them, in any order and case. A file is decoded strictly:
 * text that is neither UTF-8 nor Windows-1252 is refused, never stored with replacement
 * characters.
 */
final class SigningCsv {

	static final String[] COLUMNS = { "nama", "nip", "jabatan", "peran", "tanggal" };

	/** The most data rows one import takes (docs: the import's limits). */
	static final int MAX_ROWS = 20_000;

	/** The largest file one import takes. */
	static final int MAX_BYTES = 5 * 1024 * 1024;

	private static final Pattern START_LINE = Pattern.compile("startline (\\d+)");

	private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private SigningCsv() {
	}

	/**
	 * A data row: its first line in the file, what it says (null when too short to say
	 * anything), the problems of the row as a whole, and the role or date that could not
	 * be read, reported in their column's place among the rules a signing is checked
	 * against afterwards.
	 */
	record Row(long line, PactSigningDetails details, List<ImportProblem> problems, ImportProblem unreadableRole,
			ImportProblem unreadableDate) {
	}

	/**
	 * What a file holds: its rows, the encoding it was read in, and the problems of the
	 * file as a whole (unreadable, too large, no header…).
	 */
	record Parsed(List<Row> rows, String encoding, List<ImportProblem> fileProblems) {

		static Parsed refused(ImportProblem problem) {
			return new Parsed(List.of(), null, List.of(problem));
		}

	}

	static Parsed read(byte[] content) {
		if (content.length > MAX_BYTES) {
			return Parsed.refused(new ImportProblem(1, "pact.import.tooLarge", MAX_BYTES / (1024 * 1024)));
		}
		Optional<TableFile.Decoded> decoded = TableFile.decode(content);
		if (decoded.isEmpty()) {
			return Parsed.refused(new ImportProblem(1, "pact.import.unknownEncoding"));
		}
		String text = decoded.get().text();
		int firstBreak = text.indexOf('\n');
		String header = (firstBreak < 0) ? text : text.substring(0, firstBreak);
		char delimiter = (count(header, ';') >= count(header, ',')) ? ';' : ',';
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter)
			.setIgnoreEmptyLines(false)
			.setTrim(true)
			.get();
		List<Row> rows = new ArrayList<>();
		List<ImportProblem> fileProblems = new ArrayList<>();
		LineNumbers lineNumbers = new LineNumbers(text);
		try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
			Iterator<CSVRecord> records = parser.iterator();
			if (!records.hasNext()) {
				return new Parsed(rows, decoded.get().name(), List.of(new ImportProblem(1, "pact.import.empty")));
			}
			Map<String, Integer> columns = columns(records.next());
			List<String> missing = List.of(COLUMNS).stream().filter((column) -> !columns.containsKey(column)).toList();
			if (!missing.isEmpty()) {
				return new Parsed(rows, decoded.get().name(),
						List.of(new ImportProblem(1, "pact.import.missingColumns", String.join(", ", missing))));
			}
			long lastLine = 1;
			while (true) {
				CSVRecord record;
				try {
					if (!records.hasNext()) {
						break;
					}
					record = records.next();
				}
				catch (UncheckedIOException | IllegalStateException ex) {
					fileProblems.add(new ImportProblem(unclosedQuoteLine(ex, lastLine), "pact.import.unclosedQuote"));
					break;
				}
				// A record may span lines (a quoted line break): it is reported at the
				// line it starts on.
				long line = lineNumbers.of(record.getCharacterPosition());
				lastLine = line;
				if (record.size() == 1 && record.get(0).isBlank()) {
					continue;
				}
				if (rows.size() == MAX_ROWS) {
					fileProblems.add(new ImportProblem(line, "pact.import.tooManyRows", MAX_ROWS));
					break;
				}
				rows.add(row(line, record, columns));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			return Parsed.refused(new ImportProblem(1, "pact.import.unreadable"));
		}
		if (rows.isEmpty() && fileProblems.isEmpty()) {
			fileProblems.add(new ImportProblem(1, "pact.import.empty"));
		}
		return new Parsed(rows, decoded.get().name(), fileProblems);
	}

	private static Row row(long line, CSVRecord record, Map<String, Integer> columns) {
		List<ImportProblem> problems = new ArrayList<>();
		int needed = columns.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
		if (record.size() < needed) {
			problems.add(new ImportProblem(line, "pact.import.shortRow", record.size(), needed));
			return new Row(line, null, problems, null, null);
		}
		Map<String, String> cells = new TreeMap<>();
		columns.forEach((name, index) -> cells.put(name, Text.cleanLine(record.get(index))));
		if (cells.values().stream().anyMatch((cell) -> cell != null && cell.indexOf('\uFFFD') >= 0)) {
			problems.add(new ImportProblem(line, "pact.import.replacementCharacter"));
		}
		SigningRole role = null;
		ImportProblem unreadableRole = null;
		String roleText = cells.get("peran");
		if (roleText != null) {
			try {
				role = SigningRole.valueOf(roleText.toUpperCase(Locale.ROOT).replace(' ', '_'));
			}
			catch (IllegalArgumentException ex) {
				unreadableRole = new ImportProblem(line, "pact.import.badRole", Text.quoted(roleText));
			}
		}
		LocalDate date = null;
		ImportProblem unreadableDate = null;
		String dateText = cells.get("tanggal");
		if (dateText != null) {
			try {
				date = dateText.contains("/") ? LocalDate.parse(dateText, DAY_MONTH_YEAR) : LocalDate.parse(dateText);
			}
			catch (DateTimeParseException ex) {
				unreadableDate = new ImportProblem(line, "pact.import.badDate", Text.quoted(dateText));
			}
		}
		PactSigningDetails details = new PactSigningDetails(cells.get("nama"), cells.get("nip"), cells.get("jabatan"),
				role, date);
		return new Row(line, details, problems, unreadableRole, unreadableDate);
	}

	private static Map<String, Integer> columns(CSVRecord header) {
		Map<String, Integer> columns = new TreeMap<>();
		for (int i = 0; i < header.size(); i++) {
			String name = Text.cleanLine(header.get(i));
			if (name != null) {
				columns.putIfAbsent(name.toLowerCase(Locale.ROOT), i);
			}
		}
		columns.keySet().retainAll(List.of(COLUMNS));
		return columns;
	}

	// The parser names the line where the unfinished quoted value began.
	private static long unclosedQuoteLine(RuntimeException ex, long lastLine) {
		Matcher startLine = START_LINE.matcher(String.valueOf(ex.getMessage()));
		return startLine.find() ? Long.parseLong(startLine.group(1)) : lastLine + 1;
	}

	private static long count(String text, char c) {
		return text.chars().filter((x) -> x == c).count();
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
