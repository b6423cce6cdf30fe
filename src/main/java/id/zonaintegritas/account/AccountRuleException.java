package id.zonaintegritas.account;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import id.zonaintegritas.shared.DomainRuleException;

import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

/** A change to an account broke one of its rules; nothing was saved. */
public class AccountRuleException extends DomainRuleException {

	private final Reason reason;

	private final transient List<AccountRuleException> alsoFound;

	AccountRuleException(Reason reason, Object... arguments) {
		super(reason.messageKey, arguments);
		this.reason = reason;
		this.alsoFound = List.of();
	}

	/** Every problem found at once; the first is this refusal's own. */
	AccountRuleException(List<AccountRuleException> found) {
		super(found.get(0).reason.messageKey, found.get(0).getArguments());
		this.reason = found.get(0).reason;
		this.alsoFound = List.copyOf(found.subList(1, found.size()));
	}

	static void throwIfAny(List<AccountRuleException> found) {
		if (!found.isEmpty()) {
			throw new AccountRuleException(found);
		}
	}

	/**
	 * Reports every problem found beside its own field (each rule names it); a field the
	 * form's own checks already refused keeps only their message.
	 */
	public void rejectOn(Errors errors) {
		Set<String> alreadyRefused = errors.getFieldErrors()
			.stream()
			.map(FieldError::getField)
			.collect(Collectors.toSet());
		if (!alreadyRefused.contains(this.reason.field)) {
			rejectOn(errors, this.reason.field);
		}
		this.alsoFound.stream()
			.filter((problem) -> !alreadyRefused.contains(problem.reason.field))
			.forEach((problem) -> problem.rejectOn(errors, problem.reason.field));
	}

	public Reason getReason() {
		return this.reason;
	}

	/** Which rule, and the form field it belongs to. */
	public enum Reason {

		USERNAME_TAKEN("account.rule.usernameTaken", "username"),

		USERNAME_INVALID("account.rule.usernameInvalid", "username"),

		EMAIL_TAKEN("account.rule.emailTaken", "email"),

		NO_ROLE("account.rule.noRole", "roles"),

		STAFF_WITHOUT_UNIT("account.rule.staffWithoutUnit", "workUnitIds"),

		REVIEWER_WITHOUT_INSTITUTION("account.rule.reviewerWithoutInstitution", "institutionIds"),

		HEAD_IS_REVIEWER("account.rule.headIsReviewer", "roles"),

		HEAD_OF_ONE_INSTITUTION("account.rule.headOfOneInstitution", "institutionIds"),

		TPN_ALONE("account.rule.tpnAlone", "roles"),

		LAST_ADMINISTRATOR("account.rule.lastAdministrator", "enabled"),

		CURRENT_PASSWORD_WRONG("account.rule.currentPasswordWrong", "currentPassword"),

		PASSWORD_TOO_SHORT("account.rule.passwordTooShort", "newPassword"),

		PASSWORD_TOO_LONG("account.rule.passwordTooLong", "newPassword"),

		PASSWORD_TOO_COMMON("account.rule.passwordTooCommon", "newPassword"),

		PASSWORD_CONTAINS_USERNAME("account.rule.passwordContainsUsername", "newPassword"),

		PASSWORD_UNCHANGED("account.rule.passwordUnchanged", "newPassword");

		private final String messageKey;

		private final String field;

		Reason(String messageKey, String field) {
			this.messageKey = messageKey;
			this.field = field;
		}

		public String messageKey() {
			return this.messageKey;
		}

		/** The form field this rule is reported on. */
		public String field() {
			return this.field;
		}

	}

}
