package id.zonaintegritas.survey;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A version of a survey's questionnaire: its items, each answered on the 1–4 scale.
 *
 * @param id the version
 * @param kind SPAK or SPKP
 * @param number its number within the kind
 * @param published whether it is published (only published versions are answered)
 * @param publishedAt when, or {@code null}
 * @param items its items, in order
 */
public record Questionnaire(long id, SurveyKind kind, int number, boolean published, Instant publishedAt,
		List<Item> items) {

	public Questionnaire {
		items = List.copyOf(items);
	}

	/**
	 * An item.
	 *
	 * @param position its place, from 1
	 * @param code its code
	 * @param textId its wording in Bahasa Indonesia
	 * @param textEn its wording in English
	 */
	public record Item(int position, String code, String textId, String textEn) {

		public String text(Locale locale) {
			return "en".equals(locale.getLanguage()) ? this.textEn : this.textId;
		}

	}

}
