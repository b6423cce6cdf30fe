package id.zonaintegritas.oversight.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import id.zonaintegritas.audit.AuditWording;
import id.zonaintegritas.oversight.AuditFilter;
import id.zonaintegritas.oversight.AuditScreen;
import id.zonaintegritas.shared.ActingAs;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ActorRole;
import id.zonaintegritas.shared.ProgrammeDates;
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
 * The audit trail for reviewers (the units of their institutions) and administrators
 * (everything): filter by unit, user and dates; export as CSV.
 */
@Controller
class AuditController {

	private final AuditScreen audit;

	private final AuditWording words;

	AuditController(AuditScreen audit, AuditWording words) {
		this.audit = audit;
		this.words = words;
	}

	@GetMapping("/audit")
	String page(@ActingAs({ ActorRole.ADMIN, ActorRole.REVIEWER }) Actor reader, AuditFilter filter,
			@RequestParam(name = "halaman", defaultValue = "1") int page, Model model) {
		model.addAttribute("filter", filter);
		model.addAttribute("page", this.audit.search(reader, filter, page));
		return "oversight/audit";
	}

	@GetMapping("/audit.csv")
	void export(@ActingAs({ ActorRole.ADMIN, ActorRole.REVIEWER }) Actor reader, AuditFilter filter,
			HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("jejak-audit.csv").build().toString());
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		try (CSVPrinter csv = CSVFormat.DEFAULT.builder()
			.setDelimiter(';')
			.setHeader("waktu", "pengguna", "peran", "kode_tindakan", "tindakan", "objek", "id_objek", "unit_kerja",
					"ringkasan", "sebelum", "sesudah")
			.get()
			.print(writer)) {
			this.audit.export(reader, filter, (line) -> {
				try {
					csv.printRecord(wib(line.entry().occurredAt()), line.entry().actor(), line.entry().actorRole(),
							line.entry().action(), this.words.action(line.entry().action()), line.entry().objectType(),
							line.entry().objectId(), SpreadsheetText.defuse(line.unitName()),
							SpreadsheetText.defuse(this.words.summary(line.entry())), line.entry().beforeState(),
							line.entry().afterState());
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
	}

	/**
	 * A time as the page shows it, in WIB, to the second and with its offset
	 * (2026-11-30T19:12:05+07:00), so that a spreadsheet reads it exactly.
	 */
	private static String wib(Instant time) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME
			.format(time.truncatedTo(ChronoUnit.SECONDS).atZone(ProgrammeDates.WIB));
	}

}
