package id.zonaintegritas.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The dates the Zona Integritas programme can have: nothing of it happened before the
 * programme's legal basis (Inpres 2/2014, PermenPAN-RB 52/2014), and nothing is recorded
 * ahead of today.
 */
public final class ProgrammeDates {

	/**
	 * The earliest date a declaration, signing or decree can carry (the database's checks
	 * use the same date).
	 */
	public static final LocalDate PROGRAMME_START = LocalDate.of(2014, 1, 1);

	/**
	 * The programme's time zone: Western Indonesian Time, in which its dates are given.
	 */
	public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	private ProgrammeDates() {
	}

	/** The first moment of a date in Western Indonesian Time. */
	public static Instant startOf(LocalDate date) {
		return date.atStartOfDay(WIB).toInstant();
	}

	/**
	 * Whether the date lies before the programme existed.
	 * @param date a date, or {@code null}
	 * @return whether it is before {@link #PROGRAMME_START}
	 */
	public static boolean beforeProgramme(LocalDate date) {
		return date != null && date.isBefore(PROGRAMME_START);
	}

	/**
	 * The years a search may ask for: from the programme's start to next year.
	 * @param year the year asked for
	 * @param today today's date
	 * @return whether the year can hold anything of the programme
	 */
	public static boolean isProgrammeYear(int year, LocalDate today) {
		return year >= PROGRAMME_START.getYear() && year <= today.getYear() + 1;
	}

}
