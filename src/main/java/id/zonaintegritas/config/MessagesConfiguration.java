package id.zonaintegritas.config;

import java.nio.charset.StandardCharsets;
import java.text.DateFormat;
import java.text.FieldPosition;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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

		/**
		 * Texts without arguments as found, per language. The bundles are read once and
		 * kept for good anyway; finding a text in them walks the language's bundle and
		 * its parent twice (once to ask whether the key is there, once to read it), a
		 * tenth of the time a signed-in page spends on its template.
		 */
		private final Map<Locale, Map<String, Optional<String>>> texts = new ConcurrentHashMap<>();

		@Override
		protected String resolveCodeWithoutArguments(String code, Locale locale) {
			return this.texts.computeIfAbsent(locale, (any) -> new ConcurrentHashMap<>())
				.computeIfAbsent(code, (any) -> Optional.ofNullable(super.resolveCodeWithoutArguments(code, locale)))
				.orElse(null);
		}

		@Override
		protected MessageFormat resolveCode(String code, Locale locale) {
			MessageFormat shared = super.resolveCode(code, locale);
			return (shared != null) ? (MessageFormat) shared.clone() : null;
		}

		@Override
		protected MessageFormat createMessageFormat(String text, Locale locale) {
			MessageFormat format = super.createMessageFormat(text, locale);
			Format[] formats = format.getFormatsByArgumentIndex();
			for (int i = 0; i < formats.length; i++) {
				if (formats[i] == null && locale != null) {
					format.setFormatByArgumentIndex(i, new PlainArgument(locale));
				}
			}
			return format;
		}

	}

	/**
	 * A text's plain argument ({@code {0}}, not {@code {0,number,#}}), written as
	 * {@link MessageFormat} writes it — except that MessageFormat creates a new
	 * {@link NumberFormat} for every number it writes so, and on the LKE overview (counts
	 * in every row) that was a sixth of the time spent on its texts. The same number
	 * format, made once per thread and language, writes the same digits.
	 */
	static final class PlainArgument extends Format {

		private static final ThreadLocal<Map<Locale, NumberFormat>> NUMBER_FORMATS = ThreadLocal
			.withInitial(HashMap::new);

		private final Locale locale;

		PlainArgument(Locale locale) {
			this.locale = locale;
		}

		@Override
		public StringBuffer format(Object argument, StringBuffer into, FieldPosition position) {
			if (argument instanceof Number number) {
				return numbers().format(number, into, position);
			}
			if (argument instanceof Date date) {
				return DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT, this.locale)
					.format(date, into, position);
			}
			return into.append(argument);
		}

		/**
		 * Reads back what {@link #format} wrote: a number where there is one, otherwise
		 * the rest of the text.
		 */
		@Override
		public Object parseObject(String source, ParsePosition position) {
			Object number = numbers().parseObject(source, position);
			if (number != null) {
				return number;
			}
			position.setErrorIndex(-1);
			String text = source.substring(position.getIndex());
			position.setIndex(source.length());
			return text;
		}

		private NumberFormat numbers() {
			return NUMBER_FORMATS.get().computeIfAbsent(this.locale, NumberFormat::getInstance);
		}

	}

}
