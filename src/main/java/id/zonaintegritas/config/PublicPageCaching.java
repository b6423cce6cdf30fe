package id.zonaintegritas.config;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Public pages, as anonymous visitors see them, may be cached for a minute and
 * revalidated by ETag (a 304 costs no rendering bandwidth). Pages seen by a signed-in
 * user carry their name in the navigation and keep Spring Security's no-store. The
 * streamed open data is not buffered for an ETag: it keeps its own short max-age.
 */
@Configuration(proxyBeanMethods = false)
class PublicPageCaching {

	static final String[] PUBLIC_PAGES = { "/", "/direktori", "/direktori/*", "/statistik", "/feed.atom",
			"/sitemap.xml" };

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> publicPageCacheHeaders() {
		OncePerRequestFilter filter = new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				if ("GET".equals(request.getMethod()) && anonymous()) {
					response.setHeader(HttpHeaders.CACHE_CONTROL,
							CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic().getHeaderValue());
					// The language comes from a cookie: a shared cache must keep
					// languages apart.
					response.addHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
				}
				chain.doFilter(request, response);
			}

		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns(PUBLIC_PAGES);
		// After Spring Security's chain (-100), so that the visitor is known.
		registration.setOrder(0);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> publicPageEtags() {
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(
				new ShallowEtagHeaderFilter());
		registration.addUrlPatterns(PUBLIC_PAGES);
		registration.setOrder(1);
		return registration;
	}

	private static boolean anonymous() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || authentication instanceof AnonymousAuthenticationToken;
	}

}
