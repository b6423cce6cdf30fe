package id.zonaintegritas.document;

import id.zonaintegritas.shared.DomainRuleException;

/** An upload was refused; nothing was stored. */
public class DocumentRejectedException extends DomainRuleException {

	private final Reason reason;

	DocumentRejectedException(Reason reason, Object... arguments) {
		super(reason.messageKey, arguments);
		this.reason = reason;
	}

	public Reason getReason() {
		return this.reason;
	}

	/** Why an upload is refused. */
	public enum Reason {

		EMPTY("document.rejected.empty"),

		TOO_LARGE("document.rejected.tooLarge"),

		TYPE_NOT_ALLOWED("document.rejected.typeNotAllowed");

		private final String messageKey;

		Reason(String messageKey) {
			this.messageKey = messageKey;
		}

	}

}
