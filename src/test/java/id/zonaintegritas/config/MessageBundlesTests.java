package id.zonaintegritas.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bahasa Indonesia and English must offer the same texts: no key may exist in only one,
 * nor twice in one (only the last would count).
 */
class MessageBundlesTests {

	@Test
	void indonesianAndEnglishBundlesHaveTheSameKeys() throws IOException {
		Properties indonesian = load("messages.properties");
		Properties english = load("messages_en.properties");

		Set<String> onlyIndonesian = new TreeSet<>(indonesian.stringPropertyNames());
		onlyIndonesian.removeAll(english.stringPropertyNames());
		Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
		onlyEnglish.removeAll(indonesian.stringPropertyNames());

		assertThat(onlyIndonesian).as("keys missing from messages_en.properties").isEmpty();
		assertThat(onlyEnglish).as("keys missing from messages.properties").isEmpty();
	}

	@Test
	void noTextIsLeftEmpty() throws IOException {
		for (String bundle : new String[] { "messages.properties", "messages_en.properties" }) {
			Properties messages = load(bundle);
			assertThat(messages.stringPropertyNames()).as(bundle)
				.allSatisfy((key) -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
		}
	}

	@Test
	void noKeyIsDefinedTwiceWhereOnlyTheLastWouldCount() throws IOException {
		for (String bundle : new String[] { "messages.properties", "messages_en.properties" }) {
			Map<String, Integer> seen = new HashMap<>();
			Set<String> twice = new TreeSet<>();
			try (InputStream in = new ClassPathResource(bundle).getInputStream()) {
				new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
					.filter((line) -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
					.map((line) -> line.substring(0, line.indexOf('=')).strip())
					.forEach((key) -> {
						if (seen.merge(key, 1, Integer::sum) > 1) {
							twice.add(key);
						}
					});
			}
			assertThat(twice).as(bundle).isEmpty();
		}
	}

	@Test
	void everyMessageReadsAsWrittenOnceFormatted() throws IOException {
		ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
		messages.setBasename("classpath:messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		Object[] arguments = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
		Pattern placeholder = Pattern.compile("\\{\\d");
		for (Locale locale : new Locale[] { Locale.forLanguageTag("id"), Locale.ENGLISH }) {
			Properties raw = load(locale.getLanguage().equals("en") ? "messages_en.properties" : "messages.properties");
			List<String> broken = new ArrayList<>();
			for (String key : raw.stringPropertyNames()) {
				String text = raw.getProperty(key);
				// A message with placeholders is formatted (MessageFormat: '' is one
				// apostrophe);
				// one without is shown as written.
				String shown = placeholder.matcher(text).find() ? messages.getMessage(key, arguments, locale)
						: messages.getMessage(key, null, locale);
				if (placeholder.matcher(shown).find() || shown.contains("''")) {
					broken.add(key + " → " + shown);
				}
			}
			assertThat(broken).as("messages that would show a raw placeholder or a doubled apostrophe (" + locale + ")")
				.isEmpty();
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = new ClassPathResource(name).getInputStream()) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
