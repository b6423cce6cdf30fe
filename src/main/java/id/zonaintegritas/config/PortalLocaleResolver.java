package id.zonaintegritas.config;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The two languages of the portal, remembered in a cookie. Whatever else a cookie or a
 * {@code ?lang=} says (another language, a malformed tag, a NUL byte) counts as no
 * choice: the page is in Bahasa Indonesia, never an error.
 */
class PortalLocaleResolver implements LocaleResolver {

	static final Locale INDONESIAN = Locale.forLanguageTag("id");

	private final CookieLocaleResolver cookie = new CookieLocaleResolver("lang");

	PortalLocaleResolver() {
		this.cookie.setDefaultLocale(INDONESIAN);
		this.cookie.setCookieMaxAge(Duration.ofDays(365));
		this.cookie.setCookieHttpOnly(true);
		this.cookie.setCookieSameSite("Lax");
		this.cookie.setRejectInvalidCookies(false);
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return supported(this.cookie.resolveLocale(request));
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		this.cookie.setLocale(request, response, (locale != null) ? supported(locale) : null);
	}

	static Locale supported(Locale locale) {
		return (locale != null && "en".equals(locale.getLanguage())) ? Locale.ENGLISH : INDONESIAN;
	}

}
