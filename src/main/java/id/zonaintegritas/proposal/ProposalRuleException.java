package id.zonaintegritas.proposal;

import id.zonaintegritas.shared.DomainRuleException;

/** A proposal or a TPN step the rules refuse; nothing was changed. */
public class ProposalRuleException extends DomainRuleException {

	private final String field;

	ProposalRuleException(String field, String messageKey, Object... arguments) {
		super(messageKey, arguments);
		this.field = field;
	}

	/** The form field the refusal is about, or {@code null} for the whole form. */
	public String getField() {
		return this.field;
	}

}
