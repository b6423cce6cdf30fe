package id.zonaintegritas.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * How much of a date is known: the day, only its month, or only its year. A date known to
 * its month or year is kept as the first day of that month or year.
 */
public enum DatePrecision {

	DAY, MONTH, YEAR;

	/** The date as kept at this precision: the first day of its month or year. */
	public LocalDate normalise(LocalDate date) {
		if (date == null) {
			return null;
		}
		return switch (this) {
			case DAY -> date;
			case MONTH -> date.withDayOfMonth(1);
			case YEAR -> date.withDayOfYear(1);
		};
	}

	/** The date in ISO 8601 with only what is known: 2021-06-07, 2021-06 or 2021. */
	public String iso(LocalDate date) {
		if (date == null) {
			return "";
		}
		return switch (this) {
			case DAY -> date.toString();
			case MONTH -> date.toString().substring(0, 7);
			case YEAR -> String.valueOf(date.getYear());
		};
	}

	/**
	 * The date as people read it, with only what is known: "7 Juni 2021", "Juni 2021" or
	 * "2021".
	 * @param date the date, or {@code null} (an empty text)
	 * @param locale the reader's language
	 * @return the text
	 */
	public String display(LocalDate date, Locale locale) {
		if (date == null) {
			return "";
		}
		return switch (this) {
			case DAY -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
			case MONTH -> DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(date);
			case YEAR -> String.valueOf(date.getYear());
		};
	}

	/** The precision a database value names; a missing one is the day. */
	public static DatePrecision of(String value) {
		return (value == null) ? DAY : valueOf(value);
	}

}
