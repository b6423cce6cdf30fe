package id.zonaintegritas.workflow;

/**
 * Where a stage request stands. Submitted and returned requests are open; withdrawn ones
 * asked for a move that an evaluation now makes (V26).
 */
public enum RequestStatus {

	SUBMITTED, RETURNED, APPROVED, REJECTED, WITHDRAWN;

	public boolean isOpen() {
		return this == SUBMITTED || this == RETURNED;
	}

}
