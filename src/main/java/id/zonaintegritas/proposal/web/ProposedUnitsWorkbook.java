package id.zonaintegritas.proposal.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import id.zonaintegritas.assessment.Scorecard;
import id.zonaintegritas.proposal.ScoredUnit;
import id.zonaintegritas.shared.ProgrammeDates;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * Every proposed unit of a period with its scores per area, as a workbook written row by
 * row with Apache POI's streaming writer: only a window of rows is in memory, the rest
 * waits in a temporary file, so ten thousand units take no more memory than ten.
 */
final class ProposedUnitsWorkbook {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final int ROWS_IN_MEMORY = 100;

	private ProposedUnitsWorkbook() {
	}

	/** Writes the workbook of the rows the source gives to the response. */
	static void write(int year, List<String> areas, MessageSource messages, HttpServletResponse response,
			Consumer<Consumer<ScoredUnit>> source) {
		Locale locale = LocaleContextHolder.getLocale();
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
			SXSSFSheet sheet = workbook.createSheet(messages.getMessage("proposal.sheet.name", null, locale));
			CellStyle heading = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			heading.setFont(bold);
			heading.setWrapText(true);
			CellStyle score = workbook.createCellStyle();
			score.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
			List<String> headings = new ArrayList<>();
			for (String key : List.of("number", "institution", "unit", "province", "predicate", "lhe", "letter",
					"proposedOn", "selection", "result")) {
				headings.add(messages.getMessage("proposal.sheet." + key, null, locale));
			}
			areas.forEach((area) -> headings
				.add(messages.getMessage("proposal.sheet.tpiArea", new Object[] { area }, locale)));
			for (String key : List.of("tpiPengungkit", "tpiHasil", "tpiTotal", "unitTotal", "tpnTotal")) {
				headings.add(messages.getMessage("proposal.sheet." + key, null, locale));
			}
			Row top = sheet.createRow(0);
			for (int column = 0; column < headings.size(); column++) {
				top.createCell(column).setCellValue(headings.get(column));
				top.getCell(column).setCellStyle(heading);
			}
			sheet.createFreezePane(3, 1);
			int[] next = { 1 };
			source.accept((unit) -> {
				Row row = sheet.createRow(next[0]);
				int column = 0;
				row.createCell(column++).setCellValue(next[0]);
				row.createCell(column++).setCellValue(unit.institutionName());
				row.createCell(column++).setCellValue(unit.unitName());
				row.createCell(column++).setCellValue((unit.provinceName() != null) ? unit.provinceName() : "");
				row.createCell(column++).setCellValue(unit.predicate().name());
				row.createCell(column++).setCellValue(unit.lheNumber());
				row.createCell(column++).setCellValue(unit.letterNumber());
				row.createCell(column++)
					.setCellValue(unit.proposedAt().atZone(ProgrammeDates.WIB).toLocalDate().toString());
				row.createCell(column++)
					.setCellValue((unit.selection() != null)
							? messages.getMessage("selection." + unit.selection(), null, locale) : "");
				row.createCell(column++)
					.setCellValue((unit.result() != null) ? messages.getMessage("result." + unit.result(), null, locale)
							: "");
				for (String area : areas) {
					column = number(row, column, unit.tpiArea(area), score);
				}
				column = number(row, column, unit.tpiPengungkit(), score);
				column = number(row, column, unit.tpiHasil(), score);
				column = number(row, column, unit.tpiTotal(), score);
				column = number(row, column, unit.unitTotal(), score);
				number(row, column, unit.tpnTotal(), score);
				next[0]++;
			});
			response.setContentType(XLSX);
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("usulan-ZI-" + year + ".xlsx", StandardCharsets.UTF_8)
						.build()
						.toString());
			response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
			workbook.write(response.getOutputStream());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int number(Row row, int column, BigDecimal value, CellStyle style) {
		if (value != null) {
			row.createCell(column).setCellValue(Scorecard.shown(value).doubleValue());
			row.getCell(column).setCellStyle(style);
		}
		return column + 1;
	}

}
