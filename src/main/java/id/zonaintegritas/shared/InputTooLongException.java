package id.zonaintegritas.shared;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/** A text is longer than the field that stores it allows; nothing was stored. */
public class InputTooLongException extends DomainRuleException {

	private final String fieldLabelKey;

	InputTooLongException(String fieldLabelKey, int limit) {
		super("error.input.tooLong", new DefaultMessageSourceResolvable(fieldLabelKey), limit);
		this.fieldLabelKey = fieldLabelKey;
	}

	/**
	 * @return the message key of the field's label
	 */
	public String getFieldLabelKey() {
		return this.fieldLabelKey;
	}

}
