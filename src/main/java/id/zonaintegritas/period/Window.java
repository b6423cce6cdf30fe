package id.zonaintegritas.period;

import java.time.LocalDate;

/**
 * A window of a period, both days included.
 *
 * @param opens the first day
 * @param closes the last day
 */
public record Window(LocalDate opens, LocalDate closes) {

	public boolean contains(LocalDate day) {
		return !day.isBefore(this.opens) && !day.isAfter(this.closes);
	}

	/** Not open yet, open, or closed, on that day. */
	public State stateOn(LocalDate day) {
		if (day.isBefore(this.opens)) {
			return State.UPCOMING;
		}
		return day.isAfter(this.closes) ? State.CLOSED : State.OPEN;
	}

	/** Where a window stands. */
	public enum State {

		UPCOMING, OPEN, CLOSED

	}

}
