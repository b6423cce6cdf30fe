package id.zonaintegritas.workflow;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Everything the staff dashboard shows.
 *
 * @param units each of the staff member's units, where it stands and what is missing
 * @param notices decisions on their requests not yet marked as read, newest first
 */
public record StaffDashboardView(List<UnitDashboard> units, List<DecisionNotice> notices) {

	/**
	 * Up to when the notices shown may be marked as read: a decision that comes after the
	 * page was shown stays unread.
	 */
	public Instant noticesUntil() {
		return this.notices.stream().map(DecisionNotice::decidedAt).max(Comparator.naturalOrder()).orElse(null);
	}

}
