package id.zonaintegritas.directory;

import id.zonaintegritas.shared.DomainRuleException;

/** An abbreviation the rules refuse; nothing was changed. */
public class AbbreviationRejectedException extends DomainRuleException {

	AbbreviationRejectedException(String messageKey) {
		super(messageKey);
	}

}
