package id.zonaintegritas.audit;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ColumnLimit;

/**
 * One change to record: who, what, which object, and optionally the state before and
 * after.
 *
 * @param actor who did it, in which role
 * @param action what was done, in UPPER_SNAKE_CASE (for instance
 * {@code STAGE_REQUEST_APPROVED})
 * @param objectType the kind of object changed (for instance {@code StageRequest})
 * @param objectId the object's id
 * @param workUnitId the work unit the object belongs to, when it belongs to one
 * @param summary a short line: a person's own words (a reason, a note) or, for a line the
 * portal words itself, its values joined
 * @param arguments the values of a line the portal words itself, in the reader's language
 * ({@code auditSummary.<action>} in the message bundles), or {@code null}
 * @param before the relevant state before the change, or {@code null}
 * @param after the relevant state after the change, or {@code null}
 */
public record AuditRecord(Actor actor, String action, String objectType, String objectId, Long workUnitId,
		String summary, List<String> arguments, Map<String, ?> before, Map<String, ?> after) {

	/** A summary longer than this is shortened: it is a line, not the record itself. */
	@ColumnLimit(table = "audit_entry", column = "summary")
	public static final int SUMMARY_LENGTH = 500;

	public static AuditRecord of(Actor actor, String action, String objectType, Object objectId, Long workUnitId,
			String summary) {
		return new AuditRecord(actor, action, objectType, String.valueOf(objectId), workUnitId, summary, null, null,
				null);
	}

	/**
	 * A change whose line the audit screen words in the reader's language from these
	 * values ({@code auditSummary.<action>}); a value that is a whole number is formatted
	 * as one.
	 */
	public static AuditRecord worded(Actor actor, String action, String objectType, Object objectId, Long workUnitId,
			Object... values) {
		List<String> arguments = Arrays.stream(values).map(String::valueOf).toList();
		return new AuditRecord(actor, action, objectType, String.valueOf(objectId), workUnitId,
				arguments.isEmpty() ? null : String.join(" · ", arguments), arguments, null, null);
	}

	public AuditRecord withChange(Map<String, ?> before, Map<String, ?> after) {
		return new AuditRecord(this.actor, this.action, this.objectType, this.objectId, this.workUnitId, this.summary,
				this.arguments, before, after);
	}

}
