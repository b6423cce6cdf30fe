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

		/**
		 * A submitted declaration is a public record: it changes only by an amendment.
		 */
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

		/**
		 * A unit declares once towards each predicate; a submitted declaration is
		 * corrected by an amendment, not by declaring again.
		 */
		ALREADY_DECLARED("declaration.rule.alreadyDeclared"),

		/** Only a submitted declaration is amended; a draft is simply saved again. */
		NOT_SUBMITTED("declaration.rule.notSubmitted"),

		/** An amendment of a public record says why. */
		AMENDMENT_REASON_REQUIRED("declaration.rule.amendmentReasonRequired"),

		/** An amendment changes something. */
		NOTHING_AMENDED("declaration.rule.nothingAmended"),

		/** Press links are web addresses (http or https). */
		INVALID_PRESS_LINK("declaration.rule.invalidPressLink"),

		/** Only the units below the declaring unit declare with it. */
		NOT_BELOW("declaration.rule.notBelow");

		private final String messageKey;

		Reason(String messageKey) {
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return this.messageKey;
		}

	}

}
