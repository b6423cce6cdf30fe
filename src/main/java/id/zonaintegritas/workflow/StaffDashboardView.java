package id.zonaintegritas.workflow;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Everything the staff dashboard shows.
 *
 * @param units each of the staff member's units, where it stands and what is missing
 * @param notices decisions on their requests not yet marked as read, newest first
 * @param events steps evaluations took on their units, not yet marked as read, newest
 * first
 */
public record StaffDashboardView(List<UnitDashboard> units, List<DecisionNotice> notices, List<UnitEvent> events) {

	/** How many notices are new. */
	public int unread() {
		return this.notices.size() + this.events.size();
	}

	/**
	 * Up to when the notices shown may be marked as read: a decision that comes after the
	 * page was shown stays unread.
	 */
	public Instant noticesUntil() {
		return Stream
			.concat(this.notices.stream().map(DecisionNotice::decidedAt), this.events.stream().map(UnitEvent::at))
			.max(Comparator.naturalOrder())
			.orElse(null);
	}

}
