package id.zonaintegritas.document;

import id.zonaintegritas.shared.DomainRuleException;

/**
 * The document is attached to a declaration or a stage request and is kept with that
 * record.
 */
public class DocumentInUseException extends DomainRuleException {

	DocumentInUseException(String fileName) {
		super("document.inUse", fileName);
	}

}
