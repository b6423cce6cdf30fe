package id.zonaintegritas.proposal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import id.zonaintegritas.shared.DomainRuleException;

import org.springframework.validation.Errors;

/** A proposal or a TPN step the rules refuse; nothing was changed. */
public class ProposalRuleException extends DomainRuleException {

	private final String field;

	private final transient List<ProposalRuleException> alsoFound;

	ProposalRuleException(String field, String messageKey, Object... arguments) {
		super(messageKey, arguments);
		this.field = field;
		this.alsoFound = List.of();
	}

	/** Every problem found at once; the first is this refusal's own. */
	ProposalRuleException(List<ProposalRuleException> found) {
		super(found.get(0).getMessageKey(), found.get(0).getArguments());
		this.field = found.get(0).field;
		this.alsoFound = List.copyOf(found.subList(1, found.size()));
	}

	/** The form field the refusal is about, or {@code null} for the whole form. */
	public String getField() {
		return this.field;
	}

	/**
	 * Reports every problem found, each beside its own field; a field the form's own
	 * checks already refused keeps only their message.
	 */
	@Override
	public void rejectOn(Errors errors, String field) {
		Set<String> alreadyRefused = errors.getFieldErrors()
			.stream()
			.map(org.springframework.validation.FieldError::getField)
			.collect(Collectors.toSet());
		if (field == null || !alreadyRefused.contains(field)) {
			super.rejectOn(errors, field);
		}
		this.alsoFound.stream()
			.filter((problem) -> problem.field == null || !alreadyRefused.contains(problem.field))
			.forEach((problem) -> problem.rejectOn(errors, problem.field));
	}

}
