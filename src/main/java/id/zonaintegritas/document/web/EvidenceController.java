package id.zonaintegritas.document.web;

import java.io.IOException;

import id.zonaintegritas.document.DocumentContent;
import id.zonaintegritas.document.DocumentInUseException;
import id.zonaintegritas.document.DocumentRejectedException;
import id.zonaintegritas.document.DocumentService;
import id.zonaintegritas.shared.Actor;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A unit's evidence library: upload, list, open or download, delete what nothing refers
 * to.
 */
@Controller
@RequestMapping("/staf/unit/{unitId}/dokumen")
class EvidenceController {

	private final DocumentService documents;

	EvidenceController(DocumentService documents) {
		this.documents = documents;
	}

	@GetMapping
	String library(@PathVariable long unitId, @AuthenticationPrincipal UserDetails user, Model model) {
		model.addAttribute("unitId", unitId);
		model.addAttribute("documents", this.documents.ofWorkUnitForStaff(unitId, Actor.staff(user.getUsername())));
		model.addAttribute("maxUploadMb", this.documents.maxSizeBytes() / (1024 * 1024));
		return "document/library";
	}

	@PostMapping
	String upload(@PathVariable long unitId, @AuthenticationPrincipal UserDetails user,
			@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
		try {
			byte[] content = (file != null) ? file.getBytes() : new byte[0];
			this.documents.upload(unitId, (file != null) ? file.getOriginalFilename() : null, content,
					Actor.staff(user.getUsername()));
			redirect.addFlashAttribute("success", "document.uploaded");
		}
		catch (DocumentRejectedException ex) {
			redirect.addFlashAttribute("problem", ex.getMessageKey());
			redirect.addFlashAttribute("problemArguments", ex.getArguments());
		}
		return "redirect:/staf/unit/" + unitId + "/dokumen";
	}

	/**
	 * Sends the stored bytes with the stored type; {@code ?lihat} opens PDFs and images
	 * in the browser.
	 */
	@GetMapping("/{documentId}")
	ResponseEntity<byte[]> download(@PathVariable long unitId, @PathVariable long documentId,
			@RequestParam(name = "lihat", required = false) String view, @AuthenticationPrincipal UserDetails user) {
		DocumentContent document = this.documents.contentForStaff(unitId, documentId, Actor.staff(user.getUsername()));
		ContentDisposition disposition = ((view != null) ? ContentDisposition.inline()
				: ContentDisposition.attachment())
			.filename(document.document().fileName(), java.nio.charset.StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.document().mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.body(document.content());
	}

	@PostMapping("/{documentId}/hapus")
	String delete(@PathVariable long unitId, @PathVariable long documentId, @AuthenticationPrincipal UserDetails user,
			RedirectAttributes redirect) {
		try {
			this.documents.delete(unitId, documentId, Actor.staff(user.getUsername()));
			redirect.addFlashAttribute("success", "document.deleted");
		}
		catch (DocumentInUseException ex) {
			redirect.addFlashAttribute("problem", ex.getMessageKey());
			redirect.addFlashAttribute("problemArguments", ex.getArguments());
		}
		return "redirect:/staf/unit/" + unitId + "/dokumen";
	}

}
