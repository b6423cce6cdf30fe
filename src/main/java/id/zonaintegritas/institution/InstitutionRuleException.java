package id.zonaintegritas.institution;

import java.util.List;

import id.zonaintegritas.shared.DomainRuleException;

import org.springframework.validation.Errors;

/** A change to an institution or unit broke one of its rules; nothing was saved. */
public class InstitutionRuleException extends DomainRuleException {

	private final Reason reason;

	private final transient List<InstitutionRuleException> found;

	InstitutionRuleException(Reason reason, Object... arguments) {
		super(reason.messageKey, arguments);
		this.reason = reason;
		this.found = List.of(this);
	}

	/** Every problem found at once; the first is this refusal's own. */
	InstitutionRuleException(List<InstitutionRuleException> found) {
		super(found.get(0).reason.messageKey, found.get(0).getArguments());
		this.reason = found.get(0).reason;
		this.found = List.copyOf(found);
	}

	static void throwIfAny(List<InstitutionRuleException> found) {
		if (!found.isEmpty()) {
			throw new InstitutionRuleException(found);
		}
	}

	/** Reports every problem found beside its own field, which each rule names. */
	public void rejectOn(Errors errors) {
		rejectEach(errors, this.found, (problem) -> problem.reason.field);
	}

	public Reason getReason() {
		return this.reason;
	}

	/** Which rule, and the form field it belongs to. */
	public enum Reason {

		INSTITUTION_REQUIRED("workUnit.rule.institutionRequired", "institutionId"),

		CODE_INVALID("institution.rule.codeInvalid", "code"),

		CODE_TAKEN("institution.rule.codeTaken", "code"),

		NAME_TAKEN("institution.rule.nameTaken", "name"),

		REGION_REQUIRED("institution.rule.regionRequired", "regionCode"),

		REGION_NOT_FOR_MINISTRY("institution.rule.regionNotForMinistry", "regionCode"),

		REGION_UNKNOWN("institution.rule.regionUnknown", "regionCode"),

		SLUG_INVALID("workUnit.rule.slugInvalid", "slug"),

		SLUG_TAKEN("workUnit.rule.slugTaken", "slug"),

		UNIT_NAME_TAKEN("workUnit.rule.nameTaken", "name"),

		STAFF_COUNT_INVALID("workUnit.rule.staffCountInvalid", "staffCount"),

		PARENT_UNKNOWN("workUnit.rule.parentUnknown", "parentSlug"),

		PARENT_OF_OTHER_INSTITUTION("workUnit.rule.parentOfOtherInstitution", "parentSlug"),

		PARENT_BELOW_UNIT("workUnit.rule.parentBelowUnit", "parentSlug"),

		MOVE_INSTITUTION_REQUIRED("workUnit.move.institutionRequired", "institutionCode"),

		MOVE_INSTITUTION_UNKNOWN("workUnit.move.institutionUnknown", "institutionCode"),

		MOVE_DATE_REQUIRED("workUnit.move.dateRequired", "movedOn"),

		MOVE_SAME_INSTITUTION("workUnit.move.sameInstitution", "institutionCode"),

		MOVE_NAME_TAKEN("workUnit.move.nameTaken", "institutionCode"),

		MOVE_HAS_UNITS_BELOW("workUnit.move.hasUnitsBelow", "institutionCode"),

		MOVE_DATE_IN_FUTURE("workUnit.move.dateInFuture", "movedOn"),

		MOVE_DATE_BEFORE_LAST("workUnit.move.dateBeforeLast", "movedOn");

		private final String messageKey;

		private final String field;

		Reason(String messageKey, String field) {
			this.messageKey = messageKey;
			this.field = field;
		}

		public String messageKey() {
			return this.messageKey;
		}

		public String field() {
			return this.field;
		}

	}

}
