package id.zonaintegritas.directory.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.zonaintegritas.declaration.AttachedDocument;
import id.zonaintegritas.declaration.DeclarationService;
import id.zonaintegritas.declaration.DeclarationView;
import id.zonaintegritas.declaration.DocumentKind;
import id.zonaintegritas.document.DocumentContent;
import id.zonaintegritas.document.DocumentService;
import id.zonaintegritas.document.DocumentView;
import id.zonaintegritas.shared.NotFoundException;
import id.zonaintegritas.shared.PublicAddress;
import id.zonaintegritas.institution.InstitutionService;
import id.zonaintegritas.institution.WorkUnitSummary;
import id.zonaintegritas.pact.PactService;
import id.zonaintegritas.workflow.ProgrammeView;
import id.zonaintegritas.workflow.WorkflowService;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A unit's public page: where it stands and how it got there. Only what a declaration
 * made public: no NIP, no email, no unsubmitted draft, no evidence.
 */
@Controller
class UnitPageController {

	private final InstitutionService institutions;

	private final WorkflowService workflow;

	private final DeclarationService declarations;

	private final PactService pact;

	private final MessageSource messages;

	private final DocumentService documents;

	private final PublicAddress address;

	// The charter and the photos are public; minutes and attendance lists name people and
	// stay inside.
	static final Set<DocumentKind> PUBLIC_KINDS = Set.of(DocumentKind.PIAGAM, DocumentKind.FOTO);

	UnitPageController(InstitutionService institutions, WorkflowService workflow, DeclarationService declarations,
			PactService pact, MessageSource messages, DocumentService documents, PublicAddress address) {
		this.address = address;
		this.documents = documents;
		this.messages = messages;
		this.institutions = institutions;
		this.workflow = workflow;
		this.declarations = declarations;
		this.pact = pact;
	}

	@GetMapping("/direktori/{slug}")
	String unit(@PathVariable String slug, Model model) {
		WorkUnitSummary unit = this.institutions.workUnitBySlug(slug);
		model.addAttribute("unit", unit);
		ProgrammeView programme = this.workflow.programme(unit.id());
		model.addAttribute("programme", programme);
		DeclarationView declaration = this.declarations.latestSubmitted(unit.id()).orElse(null);
		model.addAttribute("declaration", declaration);
		List<AttachedDocument> published = (declaration != null)
				? declaration.documents().stream().filter((attached) -> PUBLIC_KINDS.contains(attached.kind())).toList()
				: List.of();
		Map<Long, DocumentView> documents = this.documents
			.documents(published.stream().map(AttachedDocument::documentId).toList());
		model.addAttribute("publicDocuments",
				published.stream()
					.map((attached) -> new PublicDocument(documents.get(attached.documentId()), attached.kind()))
					.toList());
		model.addAttribute("replacedVersions",
				(declaration != null) ? this.declarations.replacedVersions(declaration.id()) : List.of());
		model.addAttribute("coverage", this.pact.coverage(unit.id()));
		model.addAttribute("canonicalUrl", this.address.of("/direktori/" + unit.slug()));
		model
			.addAttribute("metaDescription",
					this.messages.getMessage(
							"unitPage.description", new Object[] { unit.name(), unit.institutionName(),
									unit.regionName(), unit.provinceName(), this.messages.getMessage(
											"stage." + programme.stage(), null, LocaleContextHolder.getLocale()) },
							LocaleContextHolder.getLocale()));
		return "directory/unit";
	}

	/**
	 * A version of the unit's declaration that an amendment replaced: the public record
	 * as it read before, with why it was corrected.
	 */
	@GetMapping("/direktori/{slug}/pencanangan/versi/{revision}")
	String replacedVersion(@PathVariable String slug, @PathVariable int revision, Model model) {
		WorkUnitSummary unit = this.institutions.workUnitBySlug(slug);
		DeclarationView declaration = this.declarations.latestSubmitted(unit.id())
			.orElseThrow(() -> new NotFoundException("error.declarationVersion.notFound", revision));
		model.addAttribute("unit", unit);
		model.addAttribute("version", this.declarations.replacedVersion(declaration.id(), revision));
		model.addAttribute("current", declaration);
		model.addAttribute("canonicalUrl",
				this.address.of("/direktori/" + unit.slug() + "/pencanangan/versi/" + revision));
		return "directory/declaration-version";
	}

	/**
	 * A charter or photo of a submitted declaration: public, as the declaration itself
	 * is.
	 */
	@GetMapping("/direktori/{slug}/dokumen/{documentId}")
	ResponseEntity<byte[]> document(@PathVariable String slug, @PathVariable long documentId) {
		WorkUnitSummary unit = this.institutions.workUnitBySlug(slug);
		boolean published = this.declarations.latestSubmitted(unit.id())
			.map((declaration) -> declaration.documents()
				.stream()
				.anyMatch((attached) -> attached.documentId() == documentId && PUBLIC_KINDS.contains(attached.kind())))
			.orElse(false);
		if (!published) {
			throw new NotFoundException("error.document.notFound", documentId);
		}
		DocumentContent document = this.documents.content(documentId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.document().mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename(document.document().fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
			.body(document.content());
	}

	/**
	 * A public document and what it is.
	 *
	 * @param document the stored document
	 * @param kind the charter or a photo
	 */
	record PublicDocument(DocumentView document, DocumentKind kind) {
	}

}
