package id.zonaintegritas.config;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;
import java.util.zip.GZIPOutputStream;

import id.zonaintegritas.shared.PublicDataVersion;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.cache.Cache;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps the public pages as anonymous visitors see them, rendered, so that the directory
 * costs the same to serve at national scale as a static file. A page is kept under the
 * database's public data version (see {@code V10__public_data_version.sql}): any
 * committed change to what the public pages show starts a new version, and pages of an
 * older one are never served again. Signed-in users, language switches and anything but a
 * complete 200 response pass straight through.
 */
class PublicPageCache extends OncePerRequestFilter {

	static final String CACHE_NAME = "publicPages";

	/** What a controller may set on a public response that must come back with it. */
	static final List<String> KEPT_HEADERS = List.of(HttpHeaders.CONTENT_DISPOSITION, HttpHeaders.CACHE_CONTROL,
			HttpHeaders.CONTENT_LANGUAGE);

	/** A coding's weight that refuses it: q=0, q=0.0 … q=0.000. */
	private static final Pattern REFUSED = Pattern.compile("[qQ]\\s*=\\s*0(\\.0{0,3})?");

	private final Cache pages;

	private final PublicDataVersion publicData;

	private final LocaleResolver localeResolver;

	private final PublicPageProperties properties;

	private final ConcurrentMap<PageKey, CompletableFuture<RenderedPage>> renderings = new ConcurrentHashMap<>();

	private final AtomicLong servedVersion = new AtomicLong(-1);

	PublicPageCache(Cache pages, PublicDataVersion publicData, LocaleResolver localeResolver,
			PublicPageProperties properties) {
		this.pages = pages;
		this.publicData = publicData;
		this.localeResolver = localeResolver;
		this.properties = properties;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.properties.cacheSize().toBytes() == 0 || !"GET".equals(request.getMethod())
				|| request.getParameter("lang") != null || !PublicPageCaching.anonymous()) {
			chain.doFilter(request, response);
			return;
		}
		PageKey key = key(publicDataVersion(), request, this.localeResolver.resolveLocale(request));
		RenderedPage kept = this.pages.get(key, RenderedPage.class);
		if (kept != null) {
			serve(kept, key, request, response);
			return;
		}
		// One request renders a missing page; the others asking for it meanwhile wait
		// for that page rather than all render it at once (when a busy page expired, 32
		// renders at once took the p99 from 20 ms to 300 ms).
		CompletableFuture<RenderedPage> mine = new CompletableFuture<>();
		CompletableFuture<RenderedPage> other = this.renderings.putIfAbsent(key, mine);
		if (other != null) {
			RenderedPage rendered = awaitRendering(other);
			if (rendered != null) {
				serve(rendered, key, request, response);
			}
			else {
				chain.doFilter(request, response);
			}
			return;
		}
		try {
			// It may have been kept between the first look and joining the renderings.
			kept = this.pages.get(key, RenderedPage.class);
			if (kept != null) {
				mine.complete(kept);
				serve(kept, key, request, response);
			}
			else {
				mine.complete(renderAndKeep(key, request, response, chain));
			}
		}
		finally {
			// If rendering failed, the waiters render for themselves.
			mine.complete(null);
			this.renderings.remove(key, mine);
		}
	}

	/** A kept page, or "not modified" when the visitor already has it. */
	private static void serve(RenderedPage page, PageKey key, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		response.setLocale(key.locale());
		page.headers().forEach(response::setHeader);
		write(page, request, response);
	}

	/**
	 * The page compressed when the visitor's browser takes gzip and it was worth
	 * compressing (once, when it was kept), as it is otherwise. Tomcat does not compress
	 * a response with a strong entity tag, so without this every kept page went out
	 * uncompressed.
	 */
	private static void write(RenderedPage page, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		boolean compressed = page.gzipped() != null && acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
		if (page.gzipped() != null) {
			response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		}
		String etag = compressed ? page.gzippedEtag() : page.etag();
		if (new ServletWebRequest(request, response).checkNotModified(etag)) {
			return;
		}
		byte[] body = compressed ? page.gzipped() : page.body();
		response.setContentType(page.contentType());
		if (compressed) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	/** Whether an Accept-Encoding header takes gzip (and does not refuse it with q=0). */
	static boolean acceptsGzip(String acceptEncoding) {
		if (acceptEncoding == null) {
			return false;
		}
		for (String coding : acceptEncoding.split(",")) {
			String[] parts = coding.split(";");
			String name = parts[0].trim();
			if (!name.equalsIgnoreCase("gzip") && !name.equalsIgnoreCase("x-gzip")) {
				continue;
			}
			for (int i = 1; i < parts.length; i++) {
				if (REFUSED.matcher(parts[i].trim()).matches()) {
					return false;
				}
			}
			return true;
		}
		return false;
	}

	/** Renders the page into the response, and keeps it if it may be kept. */
	private RenderedPage renderAndKeep(PageKey key, HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws ServletException, IOException {
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendering);
		RenderedPage page = null;
		if (keepable(rendering)) {
			Map<String, String> headers = new LinkedHashMap<>();
			for (String name : KEPT_HEADERS) {
				if (rendering.getHeader(name) != null) {
					headers.put(name, rendering.getHeader(name));
				}
			}
			byte[] body = rendering.getContentAsByteArray();
			page = new RenderedPage(rendering.getContentType(), headers, body, etag(key, body),
					gzipped(rendering.getContentType(), body));
			this.pages.put(key, page);
			// The rendered bytes are replaced by the kept page's, compressed or not.
			rendering.resetBuffer();
			write(page, request, response);
		}
		else {
			rendering.copyBodyToResponse();
		}
		return page;
	}

	/** The page another request is rendering, or null if it could not be kept in time. */
	private RenderedPage awaitRendering(CompletableFuture<RenderedPage> rendering) {
		try {
			return rendering.get(this.properties.renderingWait().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (ExecutionException | TimeoutException ex) {
			return null;
		}
	}

	private boolean keepable(ContentCachingResponseWrapper rendering) {
		return rendering.getStatus() == HttpServletResponse.SC_OK && rendering.getContentType() != null
				&& rendering.getHeader(HttpHeaders.SET_COOKIE) == null
				&& rendering.getContentSize() <= this.properties.largestPage().toBytes();
	}

	private long publicDataVersion() {
		long version = this.publicData.current();
		long served = this.servedVersion.get();
		// Only the request that moves to a newer version frees the pages of the older
		// ones
		// (they can never be served again); a slower one must not clear the new pages.
		if (version > served && this.servedVersion.compareAndSet(served, version)) {
			this.pages.clear();
		}
		return version;
	}

	private static PageKey key(long version, HttpServletRequest request, Locale locale) {
		// By path, not by the Host header a client sends (absolute links come from
		// portal.public-base-url); with the parameters in a fixed order, so that the same
		// search shares one page.
		List<String> parameters = new ArrayList<>();
		new TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
			for (String value : values) {
				parameters.add(name);
				parameters.add(value);
			}
		});
		return new PageKey(version, request.getRequestURI(), parameters, locale);
	}

	/**
	 * The kept page's entity tag, computed once when it is kept: the data version it was
	 * rendered from and a CRC32C of its bytes (hardware-assisted; an MD5 of every page
	 * served took an eighth of a rendered directory page's CPU).
	 */
	private static String etag(PageKey key, byte[] body) {
		CRC32C crc = new CRC32C();
		crc.update(body);
		return "\"" + Long.toString(key.version(), 36) + "-" + Long.toHexString(crc.getValue()) + "-"
				+ Integer.toString(body.length, 36) + "\"";
	}

	/**
	 * The page's bytes compressed, for the browsers that take gzip: texts of a kilobyte
	 * and more (a kept /statistik, 70 KB, is 7 KB compressed); null where it would not
	 * gain.
	 */
	private static byte[] gzipped(String contentType, byte[] body) throws IOException {
		if (body.length < 1024
				|| !(contentType.startsWith("text/") || contentType.contains("xml") || contentType.contains("json"))) {
			return null;
		}
		ByteArrayOutputStream compressed = new ByteArrayOutputStream(body.length / 4);
		try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
			gzip.write(body);
		}
		return (compressed.size() < body.length) ? compressed.toByteArray() : null;
	}

	record PageKey(long version, String url, List<String> parameters, Locale locale) {
	}

	/**
	 * A kept response: its type, the headers its controller chose (a document's file name
	 * and how long it may be cached), its body and its entity tag, and the body
	 * compressed with gzip (or null).
	 */
	record RenderedPage(String contentType, Map<String, String> headers, byte[] body, String etag, byte[] gzipped) {

		/** The compressed body's own entity tag: a different representation. */
		String gzippedEtag() {
			return this.etag.substring(0, this.etag.length() - 1) + "-gz\"";
		}

		int size() {
			return this.body.length + ((this.gzipped != null) ? this.gzipped.length : 0) + 300;
		}

	}

}
