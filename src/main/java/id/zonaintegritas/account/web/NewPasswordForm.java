package id.zonaintegritas.account.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;

/**
 * A new password typed twice: the form a new user sets theirs with (from the e-mailed
 * link), and the heart of the change-password form. Passwords are never sent back to the
 * page.
 */
class NewPasswordForm {

	@NotBlank
	private String newPassword;

	@NotBlank
	private String confirmation;

	@AssertTrue(message = "{account.rule.confirmationMismatch}")
	public boolean isConfirmationMatching() {
		return this.newPassword == null || this.newPassword.equals(this.confirmation);
	}

	public String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getConfirmation() {
		return this.confirmation;
	}

	public void setConfirmation(String confirmation) {
		this.confirmation = confirmation;
	}

	void clearPasswords() {
		this.newPassword = null;
		this.confirmation = null;
	}

}
