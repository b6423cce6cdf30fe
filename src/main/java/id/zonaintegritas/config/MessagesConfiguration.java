package id.zonaintegritas.config;

import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The portal's texts, {@code messages*.properties}, in place of Spring Boot's own message
 * source (which backs off for a bean of this name).
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

	@Bean
	MessageSource messageSource() {
		ResourceBundleMessageSource messages = new UnsharedFormats();
		messages.setBasename("messages");
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		// An English operating system must not turn the Indonesian default into English.
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	/**
	 * Spring keeps one {@link MessageFormat} per text and language and formats a text
	 * with arguments inside a lock on it. A page with a text per chart bar or table row
	 * then queues every request on those locks: 32 connections on /statistik served 63
	 * requests/s where one served 180 (docs/performance.md). Each use gets a copy of the
	 * parsed format instead, which is cheap and locks nothing shared.
	 */
	static class UnsharedFormats extends ResourceBundleMessageSource {

		@Override
		protected MessageFormat resolveCode(String code, Locale locale) {
			MessageFormat shared = super.resolveCode(code, locale);
			return (shared != null) ? (MessageFormat) shared.clone() : null;
		}

	}

}
