package id.zonaintegritas.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A table uploaded for an import, as a spreadsheet program writes it: an XLSX workbook
 * (its first sheet), or a CSV file in UTF-8 (with or without a byte-order mark) or
 * Windows-1252, separated by semicolons or commas. The first row names the columns, in
 * any order and case; each data row keeps the line (or spreadsheet row) a person sees.
 * Text is decoded strictly: neither UTF-8 nor Windows-1252 is refused, never read with
 * replacement characters.
 */
public final class TableFile {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private TableFile() {
	}

	/**
	 * A data row.
	 *
	 * @param line its line in the CSV file, or its row number in the sheet
	 * @param cells its cells by lower-case column name; a blank cell is {@code null}
	 */
	public record TableRow(long line, Map<String, String> cells) {

		public String get(String column) {
			return this.cells.get(column);
		}

	}

	/**
	 * What a file holds.
	 *
	 * @param columns the column names of its header, lower-case, in order
	 * @param rows its data rows, blank ones left out
	 * @param format how it was read ("XLSX", "CSV UTF-8", "CSV Windows-1252"), or
	 * {@code null} if it could not be
	 * @param problems the problems of the file as a whole; none when it could be read
	 */
	public record Table(List<String> columns, List<TableRow> rows, String format, List<ImportProblem> problems) {

		static Table refused(String format, String messageKey, Object... arguments) {
			return new Table(List.of(), List.of(), format, List.of(new ImportProblem(1, messageKey, arguments)));
		}

		/** The problem of a header without these columns, if it lacks any. */
		public Optional<ImportProblem> missing(List<String> required) {
			List<String> missing = required.stream().filter((column) -> !this.columns.contains(column)).toList();
			return missing.isEmpty() ? Optional.empty()
					: Optional.of(new ImportProblem(1, "import.missingColumns", String.join(", ", missing)));
		}

	}

	/**
	 * Reads a table of at most {@code maxRows} data rows.
	 * @param content the uploaded bytes
	 * @param maxRows the most data rows taken; more is a problem of the file
	 * @return the table, or a table with the problem that kept it from being read
	 */
	public static Table read(byte[] content, int maxRows) {
		if (content == null || content.length == 0) {
			return Table.refused(null, "import.empty");
		}
		if (isZip(content)) {
			return readWorkbook(content, maxRows);
		}
		Optional<Decoded> decoded = decode(content);
		if (decoded.isEmpty()) {
			return Table.refused(null, "import.unknownEncoding");
		}
		return readCsv(decoded.get(), maxRows);
	}

	/** Text that decoded strictly, and the name of its encoding for the user. */
	public record Decoded(String text, String name) {
	}

	/**
	 * Decodes a text file as UTF-8 (a byte-order mark skipped) or else Windows-1252, each
	 * strictly.
	 */
	public static Optional<Decoded> decode(byte[] content) {
		boolean bom = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
				&& (content[2] & 0xFF) == 0xBF;
		int start = bom ? 3 : 0;
		Optional<String> utf8 = strictly(StandardCharsets.UTF_8, content, start);
		if (utf8.isPresent()) {
			return Optional.of(new Decoded(utf8.get(), "UTF-8"));
		}
		if (bom) {
			return Optional.empty();
		}
		return strictly(WINDOWS_1252, content, 0).map((text) -> new Decoded(text, "Windows-1252"));
	}

	private static Table readCsv(Decoded decoded, int maxRows) {
		String text = decoded.text();
		String format = "CSV " + decoded.name();
		int firstBreak = text.indexOf('\n');
		String header = (firstBreak < 0) ? text : text.substring(0, firstBreak);
		char delimiter = (count(header, ';') >= count(header, ',')) ? ';' : ',';
		CSVFormat csv = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrim(true).get();
		LineNumbers lines = new LineNumbers(text);
		List<TableRow> rows = new ArrayList<>();
		List<String> columns = null;
		try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(csv).get()) {
			for (CSVRecord record : parser) {
				List<String> values = record.toList();
				if (columns == null) {
					columns = columnNames(values);
					continue;
				}
				if (values.stream().allMatch((value) -> value == null || value.isBlank())) {
					continue;
				}
				long line = lines.of(record.getCharacterPosition());
				if (rows.size() == maxRows) {
					return new Table(columns, List.of(), format,
							List.of(new ImportProblem(line, "import.tooManyRows", maxRows)));
				}
				rows.add(new TableRow(line, cells(columns, values)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			return Table.refused(format, "import.unreadable");
		}
		if (columns == null || rows.isEmpty()) {
			return Table.refused(format, "import.empty");
		}
		return new Table(columns, rows, format, List.of());
	}

	private static Table readWorkbook(byte[] content, int maxRows) {
		DataFormatter formatter = new DataFormatter(Locale.ROOT);
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			if (workbook.getNumberOfSheets() == 0) {
				return Table.refused("XLSX", "import.empty");
			}
			Sheet sheet = workbook.getSheetAt(0);
			List<String> columns = null;
			List<TableRow> rows = new ArrayList<>();
			for (Row row : sheet) {
				List<String> values = new ArrayList<>();
				for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
					values.add(cellText(row.getCell(c), formatter));
				}
				if (columns == null) {
					columns = columnNames(values);
					continue;
				}
				if (values.stream().allMatch((value) -> value == null || value.isBlank())) {
					continue;
				}
				long line = row.getRowNum() + 1L;
				if (rows.size() == maxRows) {
					return new Table(columns, List.of(), "XLSX",
							List.of(new ImportProblem(line, "import.tooManyRows", maxRows)));
				}
				rows.add(new TableRow(line, cells(columns, values)));
			}
			if (columns == null || rows.isEmpty()) {
				return Table.refused("XLSX", "import.empty");
			}
			return new Table(columns, rows, "XLSX", List.of());
		}
		catch (IOException | RuntimeException ex) {
			// POI refuses a damaged or foreign ZIP with a variety of runtime exceptions.
			return Table.refused("XLSX", "import.unreadable");
		}
	}

	/** A cell as the sheet shows it; dates as ISO dates, whatever the cell's format. */
	private static String cellText(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return null;
		}
		CellType type = (cell.getCellType() == CellType.FORMULA) ? cell.getCachedFormulaResultType()
				: cell.getCellType();
		if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate().toString();
		}
		if (type == CellType.NUMERIC) {
			double value = cell.getNumericCellValue();
			if (value == Math.rint(value) && Math.abs(value) < 1e15) {
				return Long.toString((long) value);
			}
		}
		return formatter.formatCellValue(cell);
	}

	private static List<String> columnNames(List<String> header) {
		List<String> names = new ArrayList<>();
		for (String name : header) {
			String cleaned = Text.cleanLine(name);
			names.add((cleaned != null) ? cleaned.toLowerCase(Locale.ROOT) : "");
		}
		return Collections.unmodifiableList(names);
	}

	private static Map<String, String> cells(List<String> columns, List<String> values) {
		Map<String, String> cells = new LinkedHashMap<>();
		for (int i = 0; i < columns.size(); i++) {
			if (!columns.get(i).isEmpty()) {
				cells.putIfAbsent(columns.get(i), (i < values.size()) ? Text.cleanLine(values.get(i)) : null);
			}
		}
		return cells;
	}

	private static boolean isZip(byte[] content) {
		return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
	}

	private static Optional<String> strictly(Charset charset, byte[] content, int start) {
		try {
			return Optional.of(charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content, start, content.length - start))
				.toString());
		}
		catch (CharacterCodingException ex) {
			return Optional.empty();
		}
	}

	private static long count(String text, char c) {
		return text.chars().filter((x) -> x == c).count();
	}

}
