package id.zonaintegritas.onboarding;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import id.zonaintegritas.account.AccountImports.AccountRow;
import id.zonaintegritas.account.AccountImports;
import id.zonaintegritas.evaluation.TpiTeamImports.MemberRow;
import id.zonaintegritas.evaluation.TpiTeamImports;
import id.zonaintegritas.institution.InstitutionImports.InstitutionRow;
import id.zonaintegritas.institution.InstitutionImports.WorkUnitRow;
import id.zonaintegritas.institution.InstitutionImports;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ImportRefusedException;
import id.zonaintegritas.shared.ImportRow;
import id.zonaintegritas.shared.TableFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.stereotype.Service;

/**
 * Reads an uploaded file of one kind and hands its rows to the module that owns them,
 * which checks every row and writes all or nothing; and writes the templates.
 */
@Service
public class Onboarding {

	private final InstitutionImports institutions;

	private final AccountImports accounts;

	private final TpiTeamImports teams;

	Onboarding(InstitutionImports institutions, AccountImports accounts, TpiTeamImports teams) {
		this.institutions = institutions;
		this.accounts = accounts;
		this.teams = teams;
	}

	/**
	 * Imports a file: every row or none.
	 * @throws ImportRefusedException with every problem of the file and of every row
	 */
	public ImportResult importFile(ImportKind kind, byte[] content, Actor admin) {
		TableFile.Table table = TableFile.read(content, maxRows(kind));
		ImportRefusedException.throwIfAny(table.problems());
		table.missing(kind.requiredColumns()).ifPresent((missing) -> {
			throw new ImportRefusedException(List.of(missing));
		});
		int created = switch (kind) {
			case INSTITUTIONS ->
				this.institutions.importInstitutions(rows(table, (row) -> new InstitutionRow(row.get("kode"),
						row.get("nama"), row.get("jenis"), row.get("kode_wilayah"))), admin);
			case WORK_UNITS -> this.institutions.importWorkUnits(
					rows(table, (row) -> new WorkUnitRow(row.get("instansi"), row.get("nama"), row.get("slug"),
							row.get("kode_wilayah"), row.get("alamat"), row.get("jumlah_pegawai"), row.get("induk"))),
					admin);
			case ACCOUNTS -> this.accounts.importAccounts(rows(table, (row) -> new AccountRow(row.get("username"),
					row.get("nama"), row.get("surel"), row.get("peran"), row.get("unit"), row.get("instansi"))), admin);
			case TPI_TEAMS -> this.teams.importTeams(rows(table,
					(row) -> new MemberRow(row.get("unit"), row.get("tahun"), row.get("username"), row.get("peran"))),
					admin);
		};
		return new ImportResult(kind, created, table.format());
	}

	/** The CSV template: the header, for Excel (byte-order mark, semicolons). */
	public void writeCsvTemplate(ImportKind kind, OutputStream output) {
		try {
			Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
			writer.write('\uFEFF');
			CSVPrinter printer = CSVFormat.DEFAULT.builder()
				.setDelimiter(';')
				.setRecordSeparator("\r\n")
				.get()
				.print(writer);
			printer.printRecord(kind.columns().stream().map(ImportKind.Column::name).toList());
			printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The XLSX template: the header in bold on the first sheet, every column as text. */
	public byte[] xlsxTemplate(ImportKind kind) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(kind.path());
			XSSFCellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			XSSFCellStyle text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			Row header = sheet.createRow(0);
			List<ImportKind.Column> columns = kind.columns();
			for (int c = 0; c < columns.size(); c++) {
				header.createCell(c).setCellValue(columns.get(c).name());
				header.getCell(c).setCellStyle(bold);
				// Codes such as 36.04 or a NIP stay text, not numbers, when typed in.
				sheet.setDefaultColumnStyle(c, text);
				sheet.setColumnWidth(c, 20 * 256);
			}
			workbook.write(bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int maxRows(ImportKind kind) {
		return switch (kind) {
			case INSTITUTIONS, WORK_UNITS -> InstitutionImports.MAX_ROWS;
			case ACCOUNTS -> AccountImports.MAX_ROWS;
			case TPI_TEAMS -> TpiTeamImports.MAX_ROWS;
		};
	}

	private static <T> List<ImportRow<T>> rows(TableFile.Table table, Function<TableFile.TableRow, T> reading) {
		List<ImportRow<T>> rows = new ArrayList<>(table.rows().size());
		table.rows().forEach((row) -> rows.add(new ImportRow<>(row.line(), reading.apply(row))));
		return rows;
	}

}
