package id.zonaintegritas.workflow.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import id.zonaintegritas.account.AccessGuard;
import id.zonaintegritas.audit.AuditQuery;
import id.zonaintegritas.audit.AuditTrail;
import id.zonaintegritas.shared.PageRequest;
import id.zonaintegritas.shared.SpreadsheetText;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
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

	static final int PAGE_SIZE = 50;

	private final AuditTrail audit;

	private final AccessGuard access;

	AuditController(AuditTrail audit, AccessGuard access) {
		this.audit = audit;
		this.access = access;
	}

	@GetMapping("/audit")
	String page(Authentication user, @RequestParam(name = "unit", required = false) String unit,
			@RequestParam(name = "pengguna", required = false) String actor,
			@RequestParam(name = "dari",
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(name = "sampai",
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(name = "halaman", defaultValue = "1") int page, Model model) {
		model.addAttribute("page",
				this.audit.search(query(user, unit, actor, from, to), new PageRequest(page, PAGE_SIZE)));
		model.addAttribute("unit", unit);
		model.addAttribute("actor", actor);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		return "workflow/audit";
	}

	@GetMapping("/audit.csv")
	void export(Authentication user, @RequestParam(name = "unit", required = false) String unit,
			@RequestParam(name = "pengguna", required = false) String actor,
			@RequestParam(name = "dari",
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(name = "sampai",
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("jejak-audit.csv").build().toString());
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		try (CSVPrinter csv = CSVFormat.DEFAULT.builder()
			.setDelimiter(';')
			.setHeader("waktu", "pengguna", "peran", "tindakan", "objek", "id_objek", "unit_kerja", "ringkasan",
					"sebelum", "sesudah")
			.get()
			.print(writer)) {
			this.audit.export(query(user, unit, actor, from, to), (line) -> {
				try {
					csv.printRecord(line.entry().occurredAt(), line.entry().actor(), line.entry().actorRole(),
							line.entry().action(), line.entry().objectType(), line.entry().objectId(),
							SpreadsheetText.defuse(line.unitName()), SpreadsheetText.defuse(line.entry().summary()),
							line.entry().beforeState(), line.entry().afterState());
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
	}

	private AuditQuery query(Authentication user, String unit, String actor, LocalDate from, LocalDate to) {
		boolean admin = user.getAuthorities().stream().anyMatch((a) -> "ROLE_ADMIN".equals(a.getAuthority()));
		List<Long> scope = admin ? null : this.access.reviewedInstitutionsOf(user.getName());
		return new AuditQuery(scope, unit, actor, from, to);
	}

}
