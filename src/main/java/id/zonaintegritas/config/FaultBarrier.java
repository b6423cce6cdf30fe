package id.zonaintegritas.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The outermost filter: what fails before or around the controllers (a body too large to
 * read, a malformed one, the database out of reach while the session or the account is
 * read) still gets the portal's own page, in the visitor's language, with its status,
 * never the servlet container's English page. The page needs nothing from the database.
 */
class FaultBarrier extends OncePerRequestFilter {

	static final String RETRY_AFTER_SECONDS = "30";

	private static final Logger log = LoggerFactory.getLogger(FaultBarrier.class);

	private final ITemplateEngine templates;

	private final LocaleResolver locales;

	FaultBarrier(ITemplateEngine templates, LocaleResolver locales) {
		this.templates = templates;
		this.locales = locales;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			// A form's body is read here, once: a body too large or malformed fails now,
			// not halfway through the security filters (which read the CSRF token from
			// it).
			if (request.getContentLengthLong() != 0 && !"GET".equals(request.getMethod())) {
				request.getParameterMap();
			}
			chain.doFilter(request, response);
		}
		catch (InvalidParameterException ex) {
			answer(request, response,
					(ex.getErrorCode() == 413) ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST, ex);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (DatabaseFailures.unavailable(ex)) {
				answer(request, response, HttpStatus.SERVICE_UNAVAILABLE, ex);
			}
			else if (invalidParameters(ex) instanceof InvalidParameterException invalid) {
				answer(request, response,
						(invalid.getErrorCode() == 413) ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST, ex);
			}
			else {
				throw ex;
			}
		}
	}

	private static Throwable invalidParameters(Throwable failure) {
		for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
			if (cause instanceof InvalidParameterException) {
				return cause;
			}
		}
		return null;
	}

	private void answer(HttpServletRequest request, HttpServletResponse response, HttpStatus status, Exception cause)
			throws IOException {
		if (response.isCommitted()) {
			log.warn("{} after the response was committed: {}", status, cause.toString());
			return;
		}
		log.warn("Answered {} for {} {}: {}", status.value(), request.getMethod(), request.getRequestURI(),
				cause.toString());
		response.reset();
		response.setStatus(status.value());
		response.setContentType("text/html;charset=UTF-8");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		if (status == HttpStatus.SERVICE_UNAVAILABLE) {
			response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		}
		response.getOutputStream().write(render(request, response, status).getBytes(StandardCharsets.UTF_8));
	}

	private String render(HttpServletRequest request, HttpServletResponse response, HttpStatus status) {
		Locale locale = PortalLocaleResolver.INDONESIAN;
		try {
			locale = this.locales.resolveLocale(request);
			WebContext context = new WebContext(
					JakartaServletWebApplication.buildApplication(request.getServletContext())
						.buildExchange(request, response),
					locale, Map.of("status", status.value()));
			return this.templates.process("fault", context);
		}
		catch (RuntimeException ex) {
			log.warn("The fault page could not be rendered: {}", ex.toString());
			return "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>" + status.value()
					+ " · Portal Zona Integritas</title></head><body><h1>" + status.value()
					+ "</h1><p>Layanan sedang terganggu. Silakan coba lagi beberapa saat lagi.</p>"
					+ "<p lang=\"en\">The service is having trouble. Please try again shortly.</p></body></html>";
		}
	}

}
