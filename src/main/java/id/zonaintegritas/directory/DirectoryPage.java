package id.zonaintegritas.directory;

import java.util.List;
import java.util.stream.IntStream;

/**
 * One page of the directory.
 *
 * @param entries the units on this page
 * @param page the page, from 1
 * @param size units per page
 * @param total units matching the search
 */
public record DirectoryPage(List<DirectoryEntry> entries, int page, int size, long total) {

	static final int WINDOW = 2;

	public int totalPages() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

	/**
	 * The page numbers to link: a bounded window around the current page, however many
	 * pages there are.
	 */
	public List<Integer> window() {
		int first = Math.max(1, this.page - WINDOW);
		int last = Math.min(totalPages(), this.page + WINDOW);
		return IntStream.rangeClosed(first, last).boxed().toList();
	}

}
