package id.zonaintegritas.directory.web;

import java.time.Duration;
import java.util.Locale;

import id.zonaintegritas.directory.Directory;
import id.zonaintegritas.directory.UnitBadge;
import id.zonaintegritas.shared.Text;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.HtmlUtils;

/**
 * A unit's badge for its own website: a small SVG of its current standing ("WBK · 2021",
 * "Membangun Zona Integritas", a revocation), made from the portal's data on every
 * change, so that a visitor who follows it to the unit's public page finds the same.
 */
@Controller
class BadgeController {

	static final MediaType SVG = MediaType.parseMediaType("image/svg+xml;charset=UTF-8");

	// The colours differ in lightness as well as hue, and each keeps its text at 4.5:1
	// or more (Okabe–Ito's green, blue and vermilion, darkened).
	private static final String LABEL_FILL = "#1f2933";

	private final Directory directory;

	private final BadgeText text;

	BadgeController(Directory directory, BadgeText text) {
		this.directory = directory;
		this.text = text;
	}

	@GetMapping("/direktori/{slug}/lencana.svg")
	ResponseEntity<String> badge(@PathVariable String slug, Locale locale) {
		UnitBadge badge = this.directory.badgeOf(slug);
		String label = this.text.label(locale);
		String status = this.text.status(badge, locale);
		String title = this.text.title(badge, locale);
		return ResponseEntity.ok()
			.contentType(SVG)
			// Short, so that a unit's site shows a change within minutes.
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
			.header("Access-Control-Allow-Origin", "*")
			.body(svg(label, status, title, badge.status()));
	}

	private static String svg(String label, String status, String title, UnitBadge.Status kind) {
		int labelWidth = width(label);
		int statusWidth = width(status);
		int total = labelWidth + statusWidth;
		String fill = switch (kind) {
			case DESIGNATED -> "#005f46";
			case BUILDING -> "#f2c14e";
			case REVOKED -> "#9c3700";
			case NOT_DECLARED -> "#e4e7eb";
		};
		String ink = (kind == UnitBadge.Status.BUILDING || kind == UnitBadge.Status.NOT_DECLARED) ? "#1f2933"
				: "#ffffff";
		String escapedTitle = escape(title);
		return """
				<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="24" viewBox="0 0 %d 24" role="img" aria-label="%s">
				<title>%s</title>
				<rect width="%d" height="24" rx="4" fill="%s"/>
				<rect x="%d" width="%d" height="24" rx="4" fill="%s"/>
				<rect x="%d" width="6" height="24" fill="%s"/>
				<g font-family="DejaVu Sans, Verdana, Arial, sans-serif" font-size="12">
				<text x="%d" y="16" fill="#ffffff">%s</text>
				<text x="%d" y="16" fill="%s" font-weight="bold">%s</text>
				</g>
				</svg>
				"""
			.formatted(total, total, escapedTitle, escapedTitle, labelWidth, LABEL_FILL, labelWidth, statusWidth, fill,
					labelWidth, fill, 8, escape(label), labelWidth + 8, ink, escape(status));
	}

	// About 7 px a character at 12 px (DejaVu Sans and Verdana run wide), and a margin.
	private static int width(String text) {
		return 16 + (int) Math.ceil(text.codePointCount(0, text.length()) * 7.2);
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(Text.xml(text), "UTF-8");
	}

}
