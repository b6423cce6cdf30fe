package id.zonaintegritas.survey;

import java.util.List;

import id.zonaintegritas.shared.DomainRuleException;

import org.springframework.validation.Errors;

/** A survey step the rules refuse; nothing was changed. */
public class SurveyRuleException extends DomainRuleException {

	private final String field;

	private final transient List<SurveyRuleException> found;

	public SurveyRuleException(String field, String messageKey, Object... arguments) {
		super(messageKey, arguments);
		this.field = field;
		this.found = List.of(this);
	}

	/** Every problem found at once; the first is this refusal's own. */
	SurveyRuleException(List<SurveyRuleException> found) {
		super(found.get(0).getMessageKey(), found.get(0).getArguments());
		this.field = found.get(0).field;
		this.found = List.copyOf(found);
	}

	/** Every problem found, this refusal's own first. */
	public List<SurveyRuleException> problems() {
		return this.found;
	}

	/** The form field the refusal is about, or {@code null} for the whole form. */
	public String getField() {
		return this.field;
	}

	/** Reports every problem found, each beside its own field. */
	@Override
	public void rejectOn(Errors errors, String field) {
		rejectEach(errors, this.found, SurveyRuleException::getField);
	}

	static void throwIfAny(List<SurveyRuleException> problems) {
		if (problems.size() == 1) {
			throw problems.get(0);
		}
		if (!problems.isEmpty()) {
			throw new SurveyRuleException(problems);
		}
	}

}
