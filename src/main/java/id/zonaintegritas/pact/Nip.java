package id.zonaintegritas.pact;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * The Nomor Induk Pegawai of an Indonesian civil servant: 18 digits made of the date of
 * birth (yyyyMMdd), the month of appointment (yyyyMM), the sex (1 or 2) and a serial
 * number.
 */
final class Nip {

	private static final Pattern EIGHTEEN_DIGITS = Pattern.compile("^[0-9]{18}$");

	private Nip() {
	}

	/**
	 * Removes the spaces and dots people type for readability ("19800101 200501 1 001").
	 */
	static String normalise(String nip) {
		return (nip == null) ? null : nip.replaceAll("[\\s.]", "");
	}

	static boolean isValid(String nip) {
		if (nip == null || !EIGHTEEN_DIGITS.matcher(nip).matches()) {
			return false;
		}
		try {
			LocalDate birth = LocalDate.of(Integer.parseInt(nip.substring(0, 4)), Integer.parseInt(nip.substring(4, 6)),
					Integer.parseInt(nip.substring(6, 8)));
			YearMonth appointed = YearMonth.of(Integer.parseInt(nip.substring(8, 12)),
					Integer.parseInt(nip.substring(12, 14)));
			char sex = nip.charAt(14);
			return birth.getYear() >= 1940 && appointed.getYear() > birth.getYear() && (sex == '1' || sex == '2');
		}
		catch (DateTimeException ex) {
			return false;
		}
	}

}
