package id.zonaintegritas.document.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import id.zonaintegritas.document.DocumentContent;
import id.zonaintegritas.document.DocumentInUseException;
import id.zonaintegritas.document.DocumentRejectedException;
import id.zonaintegritas.document.DocumentService;
import id.zonaintegritas.shared.ActingAs;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ActorRole;
import id.zonaintegritas.shared.NotFoundException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A unit's evidence library: upload, list, open or download, delete what nothing refers
 * to. A refused upload or deletion shows the library again, with why.
 */
@Controller
@RequestMapping("/staf/unit/{unitId}/dokumen")
class EvidenceController {

	private final DocumentService documents;

	EvidenceController(DocumentService documents) {
		this.documents = documents;
	}

	@GetMapping
	String library(@PathVariable long unitId, @ActingAs(ActorRole.AGENCY_STAFF) Actor staff, Model model) {
		return library(unitId, staff, new UploadForm(), model);
	}

	@PostMapping
	String upload(@PathVariable long unitId, @ActingAs(ActorRole.AGENCY_STAFF) Actor staff,
			@ModelAttribute("form") UploadForm form, BindingResult result, Model model, RedirectAttributes redirect)
			throws IOException {
		try {
			this.documents.upload(unitId, form.fileName(), form.content(), staff);
			redirect.addFlashAttribute("success", "document.uploaded");
			return "redirect:/staf/unit/" + unitId + "/dokumen";
		}
		catch (DocumentRejectedException ex) {
			ex.rejectOn(result, "file");
			return library(unitId, staff, form, model);
		}
	}

	/**
	 * Sends the stored bytes with the stored type; {@code ?lihat} opens PDFs and images
	 * in the browser.
	 */
	@GetMapping("/{documentId}")
	ResponseEntity<byte[]> download(@PathVariable long unitId, @PathVariable long documentId,
			@RequestParam(name = "lihat", required = false) String view,
			@ActingAs(ActorRole.AGENCY_STAFF) Actor staff) {
		DocumentContent document = this.documents.contentForStaff(unitId, documentId, staff);
		ContentDisposition disposition = ((view != null) ? ContentDisposition.inline()
				: ContentDisposition.attachment())
			.filename(document.document().fileName(), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.document().mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.body(document.content());
	}

	/** Check before it counts: which file goes, and that it cannot be brought back. */
	@GetMapping("/{documentId}/hapus")
	String deleteCheck(@PathVariable long unitId, @PathVariable long documentId,
			@ActingAs(ActorRole.AGENCY_STAFF) Actor staff, Model model) {
		model.addAttribute("unitId", unitId);
		model.addAttribute("document",
				this.documents.ofWorkUnitForStaff(unitId, staff)
					.stream()
					.filter((document) -> document.id() == documentId)
					.findFirst()
					.orElseThrow(() -> new NotFoundException("error.document.notFound", documentId)));
		return "document/delete-check";
	}

	@PostMapping("/{documentId}/hapus")
	String delete(@PathVariable long unitId, @PathVariable long documentId,
			@ActingAs(ActorRole.AGENCY_STAFF) Actor staff, @ModelAttribute("form") UploadForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		try {
			this.documents.delete(unitId, documentId, staff);
			redirect.addFlashAttribute("success", "document.deleted");
			return "redirect:/staf/unit/" + unitId + "/dokumen";
		}
		catch (DocumentInUseException ex) {
			ex.rejectOn(result, null);
			return library(unitId, staff, form, model);
		}
	}

	private String library(long unitId, Actor staff, UploadForm form, Model model) {
		model.addAttribute("unitId", unitId);
		model.addAttribute("documents", this.documents.ofWorkUnitForStaff(unitId, staff));
		model.addAttribute("maxUploadMb", this.documents.maxSizeBytes() / (1024 * 1024));
		model.addAttribute("form", form);
		return "document/library";
	}

}
