package id.zonaintegritas.pact;

import java.util.List;

import id.zonaintegritas.shared.DomainRuleException;

/**
 * A signing broke rules of the pakta integritas; nothing was stored. Every broken rule is
 * reported, not only the first, so that a form can show them all at once.
 */
public class PactRuleException extends DomainRuleException {

	private final transient List<Violation> violations;

	PactRuleException(Reason reason, Object... arguments) {
		this(List.of(new Violation(reason, arguments)));
	}

	PactRuleException(List<Violation> violations) {
		super(violations.get(0).reason().messageKey(), violations.get(0).arguments());
		this.violations = List.copyOf(violations);
	}

	/**
	 * @return the first broken rule
	 */
	public Reason getReason() {
		return this.violations.get(0).reason();
	}

	/**
	 * @return every broken rule, in the order of the form's fields
	 */
	public List<Violation> getViolations() {
		return this.violations;
	}

	/**
	 * One broken rule and what its message needs.
	 *
	 * @param reason the rule
	 * @param arguments the message's arguments
	 */
	public record Violation(Reason reason, Object... arguments) {

		/**
		 * @return the form field the rule is about
		 */
		public String field() {
			return this.reason.field;
		}

	}

	/** The rules of a signing, each with the field it belongs to. */
	public enum Reason {

		MISSING_NAME("pact.rule.missingName", "signatoryName"),

		NAME_TOO_LONG("pact.rule.nameTooLong", "signatoryName"),

		INVALID_NIP("pact.rule.invalidNip", "nip"),

		DUPLICATE_NIP("pact.rule.duplicateNip", "nip"),

		MISSING_POSITION("pact.rule.missingPosition", "position"),

		POSITION_TOO_LONG("pact.rule.positionTooLong", "position"),

		MISSING_ROLE("pact.rule.missingRole", "role"),

		MISSING_DATE("pact.rule.missingDate", "signedOn"),

		DATE_IN_FUTURE("pact.rule.dateInFuture", "signedOn"),

		DATE_BEFORE_PROGRAMME("pact.rule.dateBeforeProgramme", "signedOn");

		private final String messageKey;

		private final String field;

		Reason(String messageKey, String field) {
			this.messageKey = messageKey;
			this.field = field;
		}

		public String messageKey() {
			return this.messageKey;
		}

	}

}
