package id.zonaintegritas.shared;

/**
 * Text written into CSV files that people open in Excel: a cell that a spreadsheet would
 * run as a formula (CSV injection) is exported as text instead.
 */
public final class SpreadsheetText {

	private SpreadsheetText() {
	}

	public static String defuse(String text) {
		return (text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) ? "'" + text : text;
	}

}
