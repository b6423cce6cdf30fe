package id.zonaintegritas.account.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;

/** The form a new user sets their password with, from the link e-mailed to them. */
class SetupForm {

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
