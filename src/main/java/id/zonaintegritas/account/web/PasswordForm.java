package id.zonaintegritas.account.web;

import jakarta.validation.constraints.NotBlank;

/** The change-password form: the current password, and the new one twice. */
class PasswordForm extends NewPasswordForm {

	@NotBlank
	private String currentPassword;

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	@Override
	void clearPasswords() {
		super.clearPasswords();
		this.currentPassword = null;
	}

}
