package id.zonaintegritas.proposal.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import id.zonaintegritas.document.DocumentContent;
import id.zonaintegritas.proposal.ProposalService;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/** Files in and out of the proposal pages. */
final class Uploads {

	private Uploads() {
	}

	/** An uploaded file as a letter, or {@code null} when none was chosen. */
	static ProposalService.Letter letter(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return null;
		}
		try {
			return new ProposalService.Letter(file.getOriginalFilename(), file.getBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A stored document, shown in the browser. */
	static ResponseEntity<byte[]> inline(DocumentContent document) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.document().mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename(document.document().fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(document.content());
	}

}
