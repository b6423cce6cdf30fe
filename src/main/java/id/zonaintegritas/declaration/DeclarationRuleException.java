package id.zonaintegritas.declaration;

import id.zonaintegritas.shared.DomainRuleException;

/** A command on a declaration broke one of its rules; nothing was changed. */
public class DeclarationRuleException extends DomainRuleException {

	private final Reason reason;

	DeclarationRuleException(Reason reason, Object... arguments) {
		super(reason.messageKey, arguments);
		this.reason = reason;
	}

	public Reason getReason() {
		return this.reason;
	}

	/** The rules of a declaration. */
	public enum Reason {

		/** A submitted declaration is a public record and is not edited. */
		READ_ONLY_ONCE_SUBMITTED("declaration.rule.readOnly"),

		/** Date, venue and the declaring official are required to submit. */
		INCOMPLETE("declaration.rule.incomplete"),

		/**
		 * A declaration is public and witnessed: at least one witness is required to
		 * submit.
		 */
		NO_WITNESS("declaration.rule.noWitness"),

		/** The declaration event cannot lie in the future. */
		DATE_IN_FUTURE("declaration.rule.dateInFuture"),

		/** Nothing of the programme happened before it existed (2014). */
		DATE_BEFORE_PROGRAMME("declaration.rule.dateBeforeProgramme"),

		/** A unit prepares one declaration at a time. */
		DRAFT_EXISTS("declaration.rule.draftExists"),

		/** Press links are web addresses (http or https). */
		INVALID_PRESS_LINK("declaration.rule.invalidPressLink");

		private final String messageKey;

		Reason(String messageKey) {
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return this.messageKey;
		}

	}

}
