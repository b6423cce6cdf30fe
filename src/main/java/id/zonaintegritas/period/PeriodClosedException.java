package id.zonaintegritas.period;

import id.zonaintegritas.shared.DomainRuleException;

/**
 * An action outside its window, or in a year whose period is not set: the message says
 * when the window opens, or when it closed.
 */
public class PeriodClosedException extends DomainRuleException {

	PeriodClosedException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
