package id.zonaintegritas.assessment.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import id.zonaintegritas.assessment.InstrumentService;
import id.zonaintegritas.assessment.LkeArea;
import id.zonaintegritas.assessment.Scorecard;
import id.zonaintegritas.assessment.SelfAssessmentPages;
import id.zonaintegritas.assessment.SelfAssessmentRecap;
import id.zonaintegritas.shared.ActingAs;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ActorRole;
import id.zonaintegritas.shared.SpreadsheetText;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Recaps of the self-assessments of a period, scored in the database: the reviewer's
 * institutions' units as a page, and the whole country as a CSV file for administrators.
 */
@Controller
class RecapController {

	private final SelfAssessmentRecap recap;

	private final SelfAssessmentPages pages;

	private final InstrumentService instruments;

	RecapController(SelfAssessmentRecap recap, SelfAssessmentPages pages, InstrumentService instruments) {
		this.recap = recap;
		this.pages = pages;
		this.instruments = instruments;
	}

	@GetMapping("/inspektorat/lke")
	String ofReviewer(@RequestParam(name = "tahun", required = false) Integer year,
			@ActingAs(ActorRole.REVIEWER) Actor reviewer, Model model) {
		int period = (year != null) ? year : this.pages.currentYear();
		model.addAttribute("year", period);
		model.addAttribute("currentYear", this.pages.currentYear());
		model.addAttribute("areas", this.instruments.inForce().areas());
		model.addAttribute("rows", this.recap.ofReviewer(period, reviewer));
		return "assessment/recap";
	}

	@GetMapping("/admin/lke/rekap.csv")
	void national(@RequestParam(name = "tahun", required = false) Integer year, @ActingAs(ActorRole.ADMIN) Actor admin,
			HttpServletResponse response) throws IOException {
		int period = (year != null) ? year : this.pages.currentYear();
		List<String> areas = this.instruments.inForce().areas().stream().map(LkeArea::code).toList();
		List<String> header = new ArrayList<>(
				List.of("slug", "unit_kerja", "instansi", "provinsi", "status", "terjawab", "jumlah_pertanyaan"));
		areas.forEach((code) -> header.add("area_" + code));
		header.addAll(List.of("pengungkit", "hasil", "total"));
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("rekap-lke-" + period + ".csv").build().toString());
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		try (CSVPrinter csv = CSVFormat.DEFAULT.builder()
			.setHeader(header.toArray(String[]::new))
			.get()
			.print(writer)) {
			this.recap.national(period, admin, (row) -> {
				List<Object> record = new ArrayList<>(List.of(row.slug(), SpreadsheetText.defuse(row.unitName()),
						SpreadsheetText.defuse(row.institutionName()), SpreadsheetText.defuse(row.provinceName()),
						row.submitted() ? "DIAJUKAN" : "DRAF", row.answered(), row.questions()));
				areas.forEach((code) -> record.add(shown(row.area(code))));
				record.addAll(List.of(shown(row.pengungkit()), shown(row.hasil()), shown(row.total())));
				try {
					csv.printRecord(record);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
	}

	/** Two decimals with a dot, as open data writes numbers. */
	private static String shown(BigDecimal score) {
		return (score != null) ? Scorecard.shown(score).toPlainString() : "";
	}

}
