package id.zonaintegritas.workflow;

import java.util.List;

/**
 * One page of a reviewer's queue.
 *
 * @param entries the requests on this page, oldest first
 * @param page the page, from 0
 * @param size requests per page
 * @param total requests waiting that match the filter
 */
public record QueuePage(List<QueueEntry> entries, int page, int size, long total) {

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
