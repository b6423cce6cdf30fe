package id.zonaintegritas.config;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's texts write their arguments exactly as {@link MessageFormat} writes them.
 */
class MessageArgumentsTests {

	static final Locale INDONESIAN = Locale.forLanguageTag("id");

	@Test
	void plainArgumentsAreWrittenAsMessageFormatWritesThem() {
		var messages = new MessagesConfiguration.UnsharedFormats();
		for (Locale locale : new Locale[] { INDONESIAN, Locale.ENGLISH }) {
			for (String text : new String[] { "{0} dari {1} ({2})", "{0,number,#} / {1,number,integer} / {2}",
					"{0}{1}{2}{3}" }) {
				Object[] arguments = { 1234567, new BigDecimal("12.5"), "teks", null };

				assertThat(messages.createMessageFormat(text, locale).format(arguments))
					.isEqualTo(new MessageFormat(text, locale).format(arguments));
			}
		}
		assertThat(messages.createMessageFormat("{0} unit", INDONESIAN).format(new Object[] { 10011 }))
			.isEqualTo("10.011 unit");
		assertThat(messages.createMessageFormat("{0} units", Locale.ENGLISH).format(new Object[] { 10011 }))
			.isEqualTo("10,011 units");
	}

	@Test
	void whatATextWroteIsReadBack() throws Exception {
		var messages = new MessagesConfiguration.UnsharedFormats();

		assertThat(messages.createMessageFormat("{0} dari {1}", INDONESIAN).parse("10.011 dari 20"))
			.containsExactly(10011L, 20L);
		assertThat(messages.createMessageFormat("Instansi: {0}", INDONESIAN).parse("Instansi: BPS"))
			.containsExactly("BPS");
	}

}
