package id.zonaintegritas.pact;

import java.util.List;

/**
 * One page of a declaration's signings.
 *
 * @param signings the signings on this page
 * @param page the page number, from 0
 * @param size signings per page
 * @param total signings matching the search
 */
public record SigningPage(List<PactSigningView> signings, int page, int size, long total) {

	public int totalPages() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

	public boolean hasNext() {
		return this.page + 1 < totalPages();
	}

}
