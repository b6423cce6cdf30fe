package id.zonaintegritas.account;

/** What a user is notified of in the portal, each marked as seen separately. */
public enum Inbox {

	/** Staff: decisions on their units' requests. */
	DECISIONS("decisions_seen_at"),

	/** Reviewers: requests that arrived in their queue. */
	QUEUE("queue_seen_at");

	private final String column;

	Inbox(String column) {
		this.column = column;
	}

	String column() {
		return this.column;
	}

}
