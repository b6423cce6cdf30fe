package id.zonaintegritas.shared;

/**
 * A command broke a rule of the Zona Integritas programme. Subclasses name the rule; the
 * message key explains it to the user.
 */
public abstract class DomainRuleException extends LocalizedException {

	protected DomainRuleException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
