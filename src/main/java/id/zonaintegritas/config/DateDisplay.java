package id.zonaintegritas.config;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import id.zonaintegritas.shared.DatePrecision;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and times as people in Indonesia read them, in the user's language and in WIB,
 * for templates: {@code ${@dates.date(declaration.declaredOn)}}.
 */
@Component("dates")
public class DateDisplay {

	private final Clock clock;

	DateDisplay(Clock clock) {
		this.clock = clock;
	}

	/** Today's date in WIB. */
	public String today() {
		return date(LocalDate.now(this.clock.withZone(ClockConfiguration.INDONESIA_WESTERN_TIME)));
	}

	public String date(LocalDate date) {
		return DatePrecision.DAY.display(date, LocaleContextHolder.getLocale());
	}

	/** A date with only what is known of it: "7 Juni 2021", "Juni 2021" or "2021". */
	public String date(LocalDate date, DatePrecision precision) {
		return ((precision != null) ? precision : DatePrecision.DAY).display(date, LocaleContextHolder.getLocale());
	}

	/** The day a moment falls on in WIB. */
	public String day(Instant instant) {
		return (instant != null) ? date(instant.atZone(ClockConfiguration.INDONESIA_WESTERN_TIME).toLocalDate()) : "";
	}

	public String dateTime(Instant instant) {
		if (instant == null) {
			return "";
		}
		var local = instant.atZone(ClockConfiguration.INDONESIA_WESTERN_TIME);
		return date(local.toLocalDate()) + " " + DateTimeFormatter.ofPattern("HH:mm").format(local) + " WIB";
	}

}
