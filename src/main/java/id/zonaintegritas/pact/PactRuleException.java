package id.zonaintegritas.pact;

import id.zonaintegritas.shared.DomainRuleException;

/** A signing broke a rule of the pakta integritas; nothing was stored. */
public class PactRuleException extends DomainRuleException {

	private final Reason reason;

	PactRuleException(Reason reason, Object... arguments) {
		super(reason.messageKey, arguments);
		this.reason = reason;
	}

	public Reason getReason() {
		return this.reason;
	}

	/** The rules of a signing. */
	public enum Reason {

		INVALID_NIP("pact.rule.invalidNip"),

		DUPLICATE_NIP("pact.rule.duplicateNip"),

		MISSING_NAME("pact.rule.missingName"),

		MISSING_POSITION("pact.rule.missingPosition"),

		MISSING_DATE("pact.rule.missingDate"),

		MISSING_ROLE("pact.rule.missingRole"),

		DATE_IN_FUTURE("pact.rule.dateInFuture");

		private final String messageKey;

		Reason(String messageKey) {
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return this.messageKey;
		}

	}

}
