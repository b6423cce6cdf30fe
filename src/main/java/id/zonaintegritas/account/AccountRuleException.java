package id.zonaintegritas.account;

import java.util.List;

import id.zonaintegritas.shared.DomainRuleException;

import org.springframework.validation.Errors;

/** A change to an account broke one of its rules; nothing was saved. */
public class AccountRuleException extends DomainRuleException {

	private final Reason reason;

	private final transient List<AccountRuleException> found;

	AccountRuleException(Reason reason, Object... arguments) {
		super(reason.messageKey, arguments);
		this.reason = reason;
		this.found = List.of(this);
	}

	/** Every problem found at once; the first is this refusal's own. */
	AccountRuleException(List<AccountRuleException> found) {
		super(found.get(0).reason.messageKey, found.get(0).getArguments());
		this.reason = found.get(0).reason;
		this.found = List.copyOf(found);
	}

	static void throwIfAny(List<AccountRuleException> found) {
		if (!found.isEmpty()) {
			throw new AccountRuleException(found);
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

		USERNAME_TAKEN("account.rule.usernameTaken", "username"),

		USERNAME_INVALID("account.rule.usernameInvalid", "username"),

		EMAIL_TAKEN("account.rule.emailTaken", "email"),

		NO_ROLE("account.rule.noRole", "roles"),

		STAFF_WITHOUT_UNIT("account.rule.staffWithoutUnit", "workUnitIds"),

		REVIEWER_WITHOUT_INSTITUTION("account.rule.reviewerWithoutInstitution", "institutionIds"),

		HEAD_IS_REVIEWER("account.rule.headIsReviewer", "roles"),

		HEAD_OF_ONE_INSTITUTION("account.rule.headOfOneInstitution", "institutionIds"),

		TPN_ALONE("account.rule.tpnAlone", "roles"),

		INSTITUTION_ADMIN_WITHOUT_INSTITUTION("account.rule.institutionAdminWithoutInstitution", "institutionIds"),

		ROLE_NOT_ADMINISTERED("account.rule.roleNotAdministered", "roles"),

		UNIT_NOT_ADMINISTERED("account.rule.unitNotAdministered", "workUnitIds"),

		INSTITUTION_NOT_ADMINISTERED("account.rule.institutionNotAdministered", "institutionIds"),

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
