package id.zonaintegritas.shared;

import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * One page of a list, counted from 1: the portal's only page type, shown by the one
 * pagination fragment ({@code fragments/pagination.html}).
 *
 * @param <T> what the list holds
 * @param items the items on this page
 * @param number this page, from 1
 * @param size items per page
 * @param total items in the whole list
 */
public record Page<T>(List<T> items, int number, int size, long total) {

	static final int WINDOW = 2;

	public Page {
		items = List.copyOf(items);
	}

	/**
	 * The page a request asked for, once its items and the list's total are known.
	 * @param <T> what the list holds
	 * @param request the page asked for
	 * @param items its items
	 * @param total items in the whole list
	 * @return the page
	 * @throws NotFoundException when the page lies past the last one
	 */
	public static <T> Page<T> of(PageRequest request, List<T> items, long total) {
		request.requireWithin(total);
		return new Page<>(items, request.number(), request.size(), total);
	}

	/** An empty list's one page. */
	public static <T> Page<T> empty(PageRequest request) {
		return of(request, List.of(), 0);
	}

	public int totalPages() {
		return (int) Math.min(Integer.MAX_VALUE, Math.max(1, (this.total + this.size - 1) / this.size));
	}

	public boolean hasPrevious() {
		return this.number > 1;
	}

	public boolean hasNext() {
		return this.number < totalPages();
	}

	public boolean isEmpty() {
		return this.items.isEmpty();
	}

	/**
	 * The page numbers to link: a bounded window around this page, however many pages
	 * there are.
	 */
	public List<Integer> window() {
		int first = Math.max(1, this.number - WINDOW);
		int last = Math.min(totalPages(), this.number + WINDOW);
		return IntStream.rangeClosed(first, last).boxed().toList();
	}

	/** The same page with its items turned into something else. */
	public <R> Page<R> map(Function<T, R> mapping) {
		return new Page<>(this.items.stream().map(mapping).toList(), this.number, this.size, this.total);
	}

}
