package id.zonaintegritas.workflow;

import java.time.Instant;

import id.zonaintegritas.shared.ConflictException;

/** Another reviewer decided the request first; this decision was not recorded. */
public class RequestAlreadyDecidedException extends ConflictException {

	private final String decidedBy;

	private final Instant decidedAt;

	RequestAlreadyDecidedException(String decidedBy, Instant decidedAt) {
		super("workflow.conflict.alreadyDecided", decidedBy, java.util.Date.from(decidedAt));
		this.decidedBy = decidedBy;
		this.decidedAt = decidedAt;
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

}
