package id.zonaintegritas.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Line numbers (from 1) of character positions in a text: where a CSV record starts, for
 * a problem reported at the line a person sees in their editor.
 */
public final class LineNumbers {

	private final int[] lineStarts;

	public LineNumbers(String text) {
		List<Integer> starts = new ArrayList<>();
		starts.add(0);
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				starts.add(i + 1);
			}
		}
		this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
	}

	/**
	 * @param position a character position in the text
	 * @return the line it is on, from 1
	 */
	public long of(long position) {
		int found = Arrays.binarySearch(this.lineStarts, (int) position);
		return (found >= 0) ? found + 1 : -found - 1;
	}

}
