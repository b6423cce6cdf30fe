package id.zonaintegritas.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Prints a Thymeleaf template as a PDF: the same data and the same fragments as the
 * pages, in the reader's language, laid out by openhtmltopdf with DejaVu Sans embedded
 * (it carries every character of Indonesian names). A printed template links to nothing
 * and loads nothing but the PNG images it carries as {@code data:} addresses: its styles
 * are in the template.
 */
@Component
public class PrintedDocuments {

	private static final String FONT_FAMILY = "DejaVu Sans";

	private final SpringTemplateEngine templates;

	private final ApplicationContext context;

	private final Clock clock;

	PrintedDocuments(SpringTemplateEngine templates, ApplicationContext context, Clock clock) {
		this.templates = templates;
		this.context = context;
		this.clock = clock;
	}

	/** The template printed as a PDF, as a download named {@code fileName}. */
	public ResponseEntity<byte[]> download(String template, Map<String, Object> model, String fileName) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(pdf(template, model));
	}

	/** The template printed as a PDF. */
	public byte[] pdf(String template, Map<String, Object> model) {
		Context page = new Context(LocaleContextHolder.getLocale(), model);
		page.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.context, null));
		page.setVariable("printedAt", this.clock.instant());
		String html = this.templates.process(template, page);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
			builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:image/png;"),
					ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
			builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static InputStream font(String file) {
		return PrintedDocuments.class.getResourceAsStream("/fonts/" + file);
	}

}
