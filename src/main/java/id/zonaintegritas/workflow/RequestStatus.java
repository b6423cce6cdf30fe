package id.zonaintegritas.workflow;

/** Where a stage request stands. Submitted and returned requests are open. */
public enum RequestStatus {

	SUBMITTED, RETURNED, APPROVED, REJECTED;

	public boolean isOpen() {
		return this == SUBMITTED || this == RETURNED;
	}

}
