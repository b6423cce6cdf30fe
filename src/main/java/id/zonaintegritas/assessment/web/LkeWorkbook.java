package id.zonaintegritas.assessment.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import id.zonaintegritas.assessment.LkeArea;
import id.zonaintegritas.assessment.LkeExport;
import id.zonaintegritas.assessment.LkeOption;
import id.zonaintegritas.assessment.LkeQuestion;
import id.zonaintegritas.assessment.LkeSubArea;
import id.zonaintegritas.assessment.NumericInput;
import id.zonaintegritas.assessment.Scorecard;
import id.zonaintegritas.assessment.StoredAnswer;
import id.zonaintegritas.shared.Predicate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A self-assessment as a workbook in the ministry's LKE layout: one sheet with every
 * area, sub-area and question, its answer, value, score, justification and evidence; one
 * with the scores and the WBK and WBBM minimums. Written with Apache POI's streaming
 * writer; headings are in Bahasa Indonesia, as the ministry's own workbook.
 */
final class LkeWorkbook {

	private static final String[] HEADINGS = { "No", "Kode", "Komponen / Area / Sub-area / Pertanyaan", "Jawaban",
			"Rincian jawaban", "Nilai", "Bobot", "Skor", "Penjelasan", "Bukti dukung" };

	private final LkeExport lke;

	LkeWorkbook(LkeExport lke) {
		this.lke = lke;
	}

	String fileName() {
		return "LKE-" + this.lke.unit().slug() + "-" + this.lke.assessment().year() + ".xlsx";
	}

	byte[] bytes() {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			Styles styles = new Styles(workbook);
			writeLke(workbook.createSheet("LKE"), styles);
			writeScores(workbook.createSheet("Rekapitulasi"), styles);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void writeLke(SXSSFSheet sheet, Styles styles) {
		Scorecard scores = this.lke.scorecard();
		int r = 0;
		r = title(sheet, r, styles);
		Row heading = sheet.createRow(r++);
		for (int c = 0; c < HEADINGS.length; c++) {
			text(heading, c, HEADINGS[c], styles.heading);
		}
		sheet.createFreezePane(0, r);
		int number = 0;
		for (LkeArea area : this.lke.version().areas()) {
			Scorecard.AreaScore areaScore = scores.area(area.code());
			Row areaRow = sheet.createRow(r++);
			text(areaRow, 1, area.code(), styles.area);
			text(areaRow, 2, area.name(), styles.area);
			decimal(areaRow, 6, area.weight(), styles.area);
			decimal(areaRow, 7, areaScore.score(), styles.area);
			for (LkeSubArea subArea : area.subAreas()) {
				Row subAreaRow = sheet.createRow(r++);
				text(subAreaRow, 1, subArea.code(), styles.subArea);
				text(subAreaRow, 2, subArea.name(), styles.subArea);
				decimal(subAreaRow, 6, subArea.weight(), styles.subArea);
				decimal(subAreaRow, 7, scores.subArea(subArea.code()).score(), styles.subArea);
				for (LkeQuestion question : subArea.questions()) {
					StoredAnswer answer = this.lke.answers().get(question.code());
					Row row = sheet.createRow(r++);
					row.createCell(0).setCellValue(++number);
					text(row, 1, question.code(), null);
					text(row, 2, question.text(), styles.wrapped);
					if (answer != null) {
						text(row, 3, (answer.option() != null) ? answer.option() : "", null);
						text(row, 4, detail(question, answer), styles.wrapped);
						decimal(row, 5, answer.value(), styles.number);
						text(row, 8, (answer.justification() != null) ? answer.justification() : "", styles.wrapped);
					}
					text(row, 9, String.join("\n", this.lke.evidence().getOrDefault(question.code(), List.of())),
							styles.wrapped);
				}
			}
		}
		int[] widths = { 6, 9, 70, 9, 40, 8, 8, 8, 50, 40 };
		for (int c = 0; c < widths.length; c++) {
			sheet.setColumnWidth(c, widths[c] * 256);
		}
	}

	private void writeScores(SXSSFSheet sheet, Styles styles) {
		Scorecard scores = this.lke.scorecard();
		int r = title(sheet, 0, styles);
		Row heading = sheet.createRow(r++);
		String[] headings = { "Area", "Bobot", "Pemenuhan", "Reform", "Skor", "% bobot", "Dijawab" };
		for (int c = 0; c < headings.length; c++) {
			text(heading, c, headings[c], styles.heading);
		}
		for (Scorecard.AreaScore area : scores.areas()) {
			Row row = sheet.createRow(r++);
			text(row, 0, area.area().code() + ". " + area.area().name(), null);
			decimal(row, 1, area.area().weight(), styles.number);
			if (area.area().isPengungkit()) {
				decimal(row, 2, area.pemenuhan(), styles.number);
				decimal(row, 3, area.reform(), styles.number);
			}
			decimal(row, 4, area.score(), styles.number);
			decimal(row, 5, area.percentOfWeight(), styles.number);
			text(row, 6, area.answered() + "/" + area.area().questionCount(), null);
		}
		r++;
		r = total(sheet, r, "Pengungkit", scores.pengungkit(), BigDecimal.valueOf(60), styles);
		r = total(sheet, r, "Hasil", scores.hasil(), BigDecimal.valueOf(40), styles);
		r = total(sheet, r, "Total", scores.total(), BigDecimal.valueOf(100), styles);
		for (Predicate predicate : List.of(Predicate.WBK, Predicate.WBBM)) {
			r++;
			Row title = sheet.createRow(r++);
			text(title, 0, "Syarat minimum " + predicate.name(), styles.heading);
			text(title, 1, "Minimum", styles.heading);
			text(title, 2, "Capaian", styles.heading);
			text(title, 3, "Terpenuhi", styles.heading);
			text(title, 4, "Kurang", styles.heading);
			for (Scorecard.MinimumCheck check : scores.against(predicate)) {
				Row row = sheet.createRow(r++);
				text(row, 0, check.minimum().scope() + " (" + check.minimum().criterion() + ")", null);
				decimal(row, 1, check.minimum().minimum(), styles.number);
				decimal(row, 2, check.actual(), styles.number);
				text(row, 3, check.met() ? "Ya" : "Tidak", null);
				decimal(row, 4, check.shortBy(), styles.number);
			}
		}
		int[] widths = { 50, 10, 12, 12, 10, 10, 10 };
		for (int c = 0; c < widths.length; c++) {
			sheet.setColumnWidth(c, widths[c] * 256);
		}
	}

	private int title(Sheet sheet, int r, Styles styles) {
		text(sheet.createRow(r++), 0, "Lembar Kerja Evaluasi Zona Integritas — " + this.lke.unit().name(),
				styles.heading);
		text(sheet.createRow(r++), 0, "Periode " + this.lke.assessment().year() + " · Instrumen "
				+ this.lke.version().name() + " · "
				+ (this.lke.assessment().submitted() ? "Diajukan " + this.lke.assessment().submittedAt() : "Draf"),
				null);
		return r + 1;
	}

	private static int total(Sheet sheet, int r, String label, BigDecimal score, BigDecimal weight, Styles styles) {
		Row row = sheet.createRow(r);
		text(row, 0, label, styles.heading);
		decimal(row, 1, weight, styles.number);
		decimal(row, 4, score, styles.number);
		return r + 1;
	}

	/** The option's full text, or a numeric question's inputs. */
	private static String detail(LkeQuestion question, StoredAnswer answer) {
		if (answer.option() != null) {
			return question.option(answer.option()).map(LkeOption::text).orElse("");
		}
		return question.inputs()
			.stream()
			.filter((input) -> answer.numbers().containsKey(input.name()))
			.map((NumericInput input) -> ((input.label() != null) ? input.label() : input.name()) + ": "
					+ answer.numbers().get(input.name()).stripTrailingZeros().toPlainString())
			.collect(Collectors.joining("\n"));
	}

	private static void text(Row row, int column, String value, CellStyle style) {
		var cell = row.createCell(column);
		cell.setCellValue(value);
		if (style != null) {
			cell.setCellStyle(style);
		}
	}

	/** Exact in the file (full precision as a number), shown with two decimals. */
	private static void decimal(Row row, int column, BigDecimal value, CellStyle style) {
		var cell = row.createCell(column);
		cell.setCellValue(value.doubleValue());
		if (style != null) {
			cell.setCellStyle(style);
		}
	}

	private static final class Styles {

		final CellStyle heading;

		final CellStyle area;

		final CellStyle subArea;

		final CellStyle wrapped;

		final CellStyle number;

		Styles(SXSSFWorkbook workbook) {
			short twoDecimals = workbook.createDataFormat().getFormat("0.00");
			this.number = workbook.createCellStyle();
			this.number.setDataFormat(twoDecimals);
			Font bold = workbook.createFont();
			bold.setBold(true);
			this.heading = workbook.createCellStyle();
			this.heading.setFont(bold);
			this.area = workbook.createCellStyle();
			this.area.setFont(bold);
			this.area.setDataFormat(twoDecimals);
			this.subArea = workbook.createCellStyle();
			Font italic = workbook.createFont();
			italic.setItalic(true);
			this.subArea.setFont(italic);
			this.subArea.setDataFormat(twoDecimals);
			this.wrapped = workbook.createCellStyle();
			this.wrapped.setWrapText(true);
		}

	}

}
