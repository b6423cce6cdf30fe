package id.zonaintegritas.assessment.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import id.zonaintegritas.assessment.AnswerProblemsView;
import id.zonaintegritas.assessment.LkeAreaPage;
import id.zonaintegritas.assessment.LkeOverview;
import id.zonaintegritas.assessment.LkeQuestionPage;
import id.zonaintegritas.assessment.SelfAssessmentPages;
import id.zonaintegritas.document.DocumentContent;
import id.zonaintegritas.shared.ActingAs;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ActorRole;
import id.zonaintegritas.shared.NotFoundException;
import id.zonaintegritas.shared.web.PrintedDocuments;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The LKE as its readers see it: the unit's staff (who can also change it until it is
 * submitted) under {@code /staf}, the reviewers of its institution under
 * {@code /inspektorat}. The same pages for both; the services decide who may read what.
 */
@Controller
class SelfAssessmentReadController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final SelfAssessmentPages pages;

	private final PrintedDocuments printing;

	SelfAssessmentReadController(SelfAssessmentPages pages, PrintedDocuments printing) {
		this.pages = pages;
		this.printing = printing;
	}

	@GetMapping({ "/staf/unit/{unitId}/lke", "/inspektorat/unit/{unitId}/lke" })
	String overview(@PathVariable long unitId, @RequestParam(name = "tahun", required = false) Integer year,
			@ActingAs({ ActorRole.AGENCY_STAFF, ActorRole.REVIEWER }) Actor reader, Model model) {
		int period = (year != null) ? year : this.pages.currentYear();
		model.addAttribute("view", this.pages.overview(unitId, period, reader));
		model.addAttribute("base", LkeViews.base(reader, unitId));
		return "assessment/overview";
	}

	@GetMapping({ "/staf/unit/{unitId}/lke/area/{areaCode}", "/inspektorat/unit/{unitId}/lke/area/{areaCode}" })
	String area(@PathVariable long unitId, @PathVariable String areaCode,
			@RequestParam(name = "tahun", required = false) Integer year,
			@ActingAs({ ActorRole.AGENCY_STAFF, ActorRole.REVIEWER }) Actor reader, Model model) {
		LkeAreaPage view = this.pages.area(unitId, period(year), areaCode, reader);
		return LkeViews.areaPage(view, AnswersForm.of(view.answers()), AnswerProblemsView.NONE, reader, model);
	}

	@GetMapping({ "/staf/unit/{unitId}/lke/soal/{code}", "/inspektorat/unit/{unitId}/lke/soal/{code}" })
	String question(@PathVariable long unitId, @PathVariable String code,
			@RequestParam(name = "tahun", required = false) Integer year,
			@ActingAs({ ActorRole.AGENCY_STAFF, ActorRole.REVIEWER }) Actor reader, Model model) {
		LkeQuestionPage view = this.pages.question(unitId, period(year), code, reader);
		return LkeViews.questionPage(view, LkeViews.formOf(view), AnswerProblemsView.NONE, reader, model);
	}

	@GetMapping({ "/staf/unit/{unitId}/lke/dokumen/{documentId}",
			"/inspektorat/unit/{unitId}/lke/dokumen/{documentId}" })
	ResponseEntity<byte[]> evidence(@PathVariable long unitId, @PathVariable long documentId,
			@RequestParam(name = "tahun", required = false) Integer year,
			@ActingAs({ ActorRole.AGENCY_STAFF, ActorRole.REVIEWER }) Actor reader) {
		DocumentContent document = this.pages.evidence(unitId, period(year), documentId, reader);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.document().mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(document.document().fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(document.content());
	}

	@GetMapping({ "/staf/unit/{unitId}/lke/ekspor.xlsx", "/inspektorat/unit/{unitId}/lke/ekspor.xlsx" })
	ResponseEntity<byte[]> export(@PathVariable long unitId,
			@RequestParam(name = "tahun", required = false) Integer year,
			@ActingAs({ ActorRole.AGENCY_STAFF, ActorRole.REVIEWER }) Actor reader) {
		LkeWorkbook workbook = new LkeWorkbook(this.pages.export(unitId, period(year), reader));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(XLSX))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(workbook.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(workbook.bytes());
	}

	@GetMapping({ "/staf/unit/{unitId}/lke/rekap.pdf", "/inspektorat/unit/{unitId}/lke/rekap.pdf" })
	ResponseEntity<byte[]> printedRecap(@PathVariable long unitId,
			@RequestParam(name = "tahun", required = false) Integer year,
			@ActingAs({ ActorRole.AGENCY_STAFF, ActorRole.REVIEWER }) Actor reader) {
		LkeOverview view = this.pages.overview(unitId, period(year), reader);
		if (!view.started()) {
			throw new NotFoundException("lke.notStartedYet", view.year());
		}
		return this.printing.download("print/recap", Map.of("view", view),
				"rekap-LKE-" + view.unit().slug() + "-" + view.year() + ".pdf");
	}

	private int period(Integer year) {
		return (year != null) ? year : this.pages.currentYear();
	}

}
