package id.zonaintegritas.account.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;

/** The change-password form. Passwords are never sent back to the page. */
class PasswordForm {

	@NotBlank
	private String currentPassword;

	@NotBlank
	private String newPassword;

	@NotBlank
	private String confirmation;

	@AssertTrue(message = "{account.rule.confirmationMismatch}")
	public boolean isConfirmationMatching() {
		return this.newPassword == null || this.newPassword.equals(this.confirmation);
	}

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
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
		this.currentPassword = null;
		this.newPassword = null;
		this.confirmation = null;
	}

}
