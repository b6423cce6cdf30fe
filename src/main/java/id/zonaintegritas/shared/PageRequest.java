package id.zonaintegritas.shared;

/**
 * The page of a list that a visitor asked for, counted from 1, and where it starts. The
 * offset is a {@code long}: no page number, however large, wraps around.
 *
 * @param number the page, from 1
 * @param size items per page
 */
public record PageRequest(int number, int size) {

	public PageRequest {
		if (number < 1) {
			throw new BadRequestException("error.page.invalid", number);
		}
		if (size < 1) {
			throw new IllegalArgumentException("a page holds at least one item");
		}
	}

	/**
	 * @return how many items come before this page
	 */
	public long offset() {
		return (long) (this.number - 1) * this.size;
	}

	/**
	 * Refuses a page past the last one, unless it is the first (an empty list has one,
	 * empty, page).
	 * @param total how many items the whole list has
	 * @return this request
	 */
	public PageRequest requireWithin(long total) {
		long pages = Math.max(1, (total + this.size - 1) / this.size);
		if (this.number > pages) {
			throw new NotFoundException("error.page.beyondEnd", this.number, pages);
		}
		return this;
	}

}
