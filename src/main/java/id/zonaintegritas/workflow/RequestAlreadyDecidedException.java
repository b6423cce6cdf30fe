package id.zonaintegritas.workflow;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import id.zonaintegritas.shared.ConflictException;

/** Another reviewer decided the request first; this decision was not recorded. */
public class RequestAlreadyDecidedException extends ConflictException {

	private static final DateTimeFormatter WIB_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'WIB'")
		.withZone(ZoneId.of("Asia/Jakarta"));

	private final String decidedBy;

	private final Instant decidedAt;

	RequestAlreadyDecidedException(String decidedBy, Instant decidedAt) {
		// Reviewers read the time in WIB, whatever time zone the server runs in.
		super("workflow.conflict.alreadyDecided", decidedBy, WIB_TIME.format(decidedAt));
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
