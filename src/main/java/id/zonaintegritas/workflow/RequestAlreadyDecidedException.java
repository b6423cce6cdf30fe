package id.zonaintegritas.workflow;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import id.zonaintegritas.shared.ConflictException;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Another reviewer decided the request first (approved, rejected, or returned it for
 * revision); this decision was not recorded. The message says who, when, and what.
 */
public class RequestAlreadyDecidedException extends ConflictException {

	private static final DateTimeFormatter WIB_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'WIB'")
		.withZone(ZoneId.of("Asia/Jakarta"));

	private final String decidedBy;

	private final Instant decidedAt;

	private final Outcome outcome;

	RequestAlreadyDecidedException(String decidedBy, Instant decidedAt, Outcome outcome) {
		// Reviewers read the time in WIB, whatever time zone the server runs in.
		super("workflow.conflict.alreadyDecided", decidedBy, WIB_TIME.format(decidedAt),
				new DefaultMessageSourceResolvable("outcome." + outcome.name()));
		this.outcome = outcome;
		this.decidedBy = decidedBy;
		this.decidedAt = decidedAt;
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	public Outcome getOutcome() {
		return this.outcome;
	}

}
