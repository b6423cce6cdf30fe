package id.zonaintegritas.config;

import java.io.IOException;

import id.zonaintegritas.shared.PublicDataVersion;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Public pages, as anonymous visitors see them, may be cached for a minute, and the
 * portal keeps them rendered until public data changes ({@link PublicPageCache}), each
 * with an entity tag computed once, so that revalidating costs neither a rendering nor
 * the bandwidth (304). Pages seen by a signed-in user carry their name in the navigation
 * and keep Spring Security's no-store. The streamed open data is not buffered for an
 * ETag: it keeps its own short max-age.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PublicPageProperties.class)
class PublicPageCaching {

	/**
	 * The pages kept rendered for anonymous visitors: every table they read must start a
	 * new public data version when it changes (PublicPagesStayFreshTests holds both).
	 */
	static final String[] PUBLIC_PAGES = { "/", "/direktori", "/direktori/*", "/statistik", "/statistik/wilayah",
			"/feed.atom", "/sitemap.xml", "/tentang", "/bantuan", "/kontak", "/privasi", "/aksesibilitas" };

	/**
	 * What anonymous visitors may open that is never kept: the login form carries a CSRF
	 * token of its own session, the open data and every CSV download are streamed with
	 * their own max-age, robots.txt has its own, the favicon is a redirect, a survey's
	 * form carries its visit's one-time token, and a survey's results move with every
	 * response.
	 */
	static final String[] NEVER_KEPT = { "/login", "/data/*", "*.csv", "/robots.txt", "/favicon.ico", "/survei/*",
			"/survei/*/hasil" };

	@Bean
	PublicDataVersion publicDataVersion(JdbcClient jdbc, PublicPageProperties properties) {
		return new PublicDataVersion(jdbc, properties.versionCheckInterval());
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> publicPageCacheHeaders(PublicPageProperties properties) {
		OncePerRequestFilter filter = new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				if ("GET".equals(request.getMethod()) && anonymous()) {
					response.setHeader(HttpHeaders.CACHE_CONTROL,
							CacheControl.maxAge(properties.maxAge()).cachePublic().getHeaderValue());
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
	FilterRegistrationBean<PublicPageCache> publicPageCache(CacheManager caches, PublicDataVersion publicData,
			LocaleResolver localeResolver, PublicPageProperties properties) {
		FilterRegistrationBean<PublicPageCache> registration = new FilterRegistrationBean<>(new PublicPageCache(
				caches.getCache(PublicPageCache.CACHE_NAME), publicData, localeResolver, properties));
		registration.addUrlPatterns(PUBLIC_PAGES);
		// After the caching headers, which a kept page and a 304 carry too.
		registration.setOrder(1);
		return registration;
	}

	@Bean
	CacheManagerCustomizer<CaffeineCacheManager> publicPageCacheSize(PublicPageProperties properties) {
		return (caches) -> caches.registerCustomCache(PublicPageCache.CACHE_NAME,
				Caffeine.newBuilder()
					.maximumWeight(properties.cacheSize().toBytes())
					.weigher((Object key, Object page) -> ((PublicPageCache.RenderedPage) page).size())
					.expireAfterWrite(properties.maxAge())
					.recordStats()
					.build());
	}

	static boolean anonymous() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || authentication instanceof AnonymousAuthenticationToken;
	}

}
