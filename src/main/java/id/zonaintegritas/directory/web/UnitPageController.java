package id.zonaintegritas.directory.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

import id.zonaintegritas.directory.PublicPages;
import id.zonaintegritas.directory.UnitPageView;
import id.zonaintegritas.document.DocumentContent;
import id.zonaintegritas.shared.NotFoundException;
import id.zonaintegritas.shared.web.PrintedDocuments;
import id.zonaintegritas.workflow.DesignationView;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;

/**
 * A unit's public page: where it stands and how it got there, the versions of its
 * declaration that amendments replaced, and its public documents.
 */
@Controller
class UnitPageController {

	private final PublicPages pages;

	private final MessageSource messages;

	private final PrintedDocuments printing;

	private final BadgeText badges;

	UnitPageController(PublicPages pages, MessageSource messages, PrintedDocuments printing, BadgeText badges) {
		this.pages = pages;
		this.messages = messages;
		this.printing = printing;
		this.badges = badges;
	}

	@GetMapping("/direktori/{slug}")
	String unit(@PathVariable String slug, @RequestParam(name = "cari", required = false) String search, Model model) {
		model.addAttribute("searchQuery", SearchReturn.of(search));
		UnitPageView view = this.pages.unit(slug);
		model.addAttribute("view", view);
		model.addAttribute("canonicalUrl", view.canonicalUrl());
		// The badge a unit puts on its own site, and the code to put it there.
		String badgeTitle = this.badges.title(view.badge(), LocaleContextHolder.getLocale());
		model.addAttribute("badgeTitle", badgeTitle);
		model.addAttribute("badgeSnippet",
				"<a href=\"" + HtmlUtils.htmlEscape(view.canonicalUrl(), "UTF-8") + "\"><img src=\""
						+ HtmlUtils.htmlEscape(view.canonicalUrl(), "UTF-8") + "/lencana.svg\" alt=\""
						+ HtmlUtils.htmlEscape(badgeTitle, "UTF-8") + "\" height=\"24\"></a>");
		model
			.addAttribute("metaDescription", this.messages.getMessage(
					"unitPage.description", new Object[] { view.unit().name(), view.unit().institutionName(),
							view.unit().regionName(), view.unit().provinceName(), this.messages.getMessage(
									"stage." + view.programme().stage(), null, LocaleContextHolder.getLocale()) },
					LocaleContextHolder.getLocale()));
		return "directory/unit";
	}

	/**
	 * A version of the unit's declaration that an amendment replaced: the public record
	 * as it read before, with why it was corrected.
	 */
	@GetMapping("/direktori/{slug}/pencanangan/versi/{revision}")
	String replacedVersion(@PathVariable String slug, @PathVariable int revision, Model model) {
		var view = this.pages.replacedVersion(slug, revision);
		model.addAttribute("view", view);
		model.addAttribute("canonicalUrl", view.canonicalUrl());
		return "directory/declaration-version";
	}

	/**
	 * A charter or photo of a submitted declaration: public, as the declaration itself
	 * is.
	 */
	@GetMapping("/direktori/{slug}/dokumen/{documentId}")
	ResponseEntity<byte[]> document(@PathVariable String slug, @PathVariable long documentId) {
		return inline(this.pages.publicDocument(slug, documentId));
	}

	/** The file of a decree of designation or revocation: public, as the decree is. */
	@GetMapping("/direktori/{slug}/sk/{documentId}")
	ResponseEntity<byte[]> decree(@PathVariable String slug, @PathVariable long documentId) {
		return inline(this.pages.decree(slug, documentId));
	}

	/**
	 * A page of the unit's designation as the Minister's decree made it, to print and
	 * frame; a revoked designation has none.
	 */
	@GetMapping("/direktori/{slug}/penetapan/{predicate}.pdf")
	ResponseEntity<byte[]> designation(@PathVariable String slug, @PathVariable String predicate) {
		UnitPageView view = this.pages.unit(slug);
		DesignationView designation = view.programme()
			.designations()
			.stream()
			.filter((held) -> held.predicate().name().equals(predicate) && !held.isRevoked())
			.max(Comparator.comparing(DesignationView::decreeDate))
			.orElseThrow(() -> new NotFoundException("unitPage.noDesignation", view.unit().name(), predicate));
		Map<String, Object> model = new HashMap<>();
		model.put("unit", view.unit());
		model.put("designation", designation);
		model.put("declaration", view.declaration());
		model.put("canonicalUrl", view.canonicalUrl());
		return this.printing.download("print/designation", model, "penetapan-" + predicate + "-" + slug + ".pdf");
	}

	private static ResponseEntity<byte[]> inline(DocumentContent document) {
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

}
