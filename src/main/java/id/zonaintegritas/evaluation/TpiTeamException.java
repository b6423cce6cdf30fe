package id.zonaintegritas.evaluation;

import id.zonaintegritas.shared.DomainRuleException;

/** A TPI team the rules refuse; nothing was changed. */
public class TpiTeamException extends DomainRuleException {

	TpiTeamException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
