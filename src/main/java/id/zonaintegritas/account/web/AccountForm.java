package id.zonaintegritas.account.web;

import java.util.LinkedHashSet;
import java.util.Set;

import id.zonaintegritas.account.AccountChanges;
import id.zonaintegritas.account.AccountView;
import id.zonaintegritas.account.NewAccount;
import id.zonaintegritas.account.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The administrator's account form, for a new account and for an existing one. */
class AccountForm {

	@Size(max = NewAccount.USERNAME_LENGTH)
	private String username;

	@NotBlank
	@Size(max = NewAccount.DISPLAY_NAME_LENGTH)
	private String displayName;

	@NotBlank
	@Email
	@Size(max = NewAccount.EMAIL_LENGTH)
	private String email;

	private boolean enabled = true;

	private Set<Role> roles = new LinkedHashSet<>();

	private Set<Long> workUnitIds = new LinkedHashSet<>();

	private Set<Long> institutionIds = new LinkedHashSet<>();

	private long version;

	static AccountForm of(AccountView account) {
		AccountForm form = new AccountForm();
		form.username = account.username();
		form.displayName = account.displayName();
		form.email = account.email();
		form.enabled = account.enabled();
		form.roles = new LinkedHashSet<>(account.roles());
		form.workUnitIds = new LinkedHashSet<>(account.workUnitIds());
		form.institutionIds = new LinkedHashSet<>(account.institutionIds());
		form.version = account.version();
		return form;
	}

	NewAccount toNewAccount() {
		return new NewAccount(this.username, this.displayName, this.email, this.roles, this.workUnitIds,
				this.institutionIds);
	}

	AccountChanges toChanges() {
		return new AccountChanges(this.displayName, this.email, this.enabled, this.roles, this.workUnitIds,
				this.institutionIds);
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Set<Role> getRoles() {
		return this.roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = (roles != null) ? roles : new LinkedHashSet<>();
	}

	public Set<Long> getWorkUnitIds() {
		return this.workUnitIds;
	}

	public void setWorkUnitIds(Set<Long> workUnitIds) {
		this.workUnitIds = (workUnitIds != null) ? workUnitIds : new LinkedHashSet<>();
	}

	public Set<Long> getInstitutionIds() {
		return this.institutionIds;
	}

	public void setInstitutionIds(Set<Long> institutionIds) {
		this.institutionIds = (institutionIds != null) ? institutionIds : new LinkedHashSet<>();
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
