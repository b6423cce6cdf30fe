package id.zonaintegritas.account;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person's account: credentials, roles, and the units or institutions it is scoped to.
 */
@Entity
@Table(name = "account")
class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private String username;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	@Column(nullable = false)
	private String email;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Column(nullable = false)
	private boolean enabled = true;

	@Column(name = "must_change_password", nullable = false)
	private boolean mustChangePassword;

	@Column(name = "password_changed_at", nullable = false)
	private Instant passwordChangedAt;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "account_work_unit", joinColumns = @JoinColumn(name = "account_id"))
	@Column(name = "work_unit_id")
	private Set<Long> workUnitIds = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "account_institution", joinColumns = @JoinColumn(name = "account_id"))
	@Column(name = "institution_id")
	private Set<Long> institutionIds = new LinkedHashSet<>();

	protected Account() {
	}

	Account(String username, String displayName, String email, String passwordHash, boolean mustChangePassword,
			Instant now) {
		this.username = username;
		this.displayName = displayName;
		this.email = email;
		this.passwordHash = passwordHash;
		this.mustChangePassword = mustChangePassword;
		this.passwordChangedAt = toDatabasePrecision(now);
		this.createdAt = now;
	}

	void update(String newDisplayName, String newEmail, boolean nowEnabled, Set<Role> newRoles,
			Set<Long> newWorkUnitIds, Set<Long> newInstitutionIds) {
		this.displayName = newDisplayName;
		this.email = newEmail;
		this.enabled = nowEnabled;
		replace(this.roles, newRoles);
		// Scopes only mean something with their role.
		replace(this.workUnitIds, newRoles.contains(Role.AGENCY_STAFF) ? newWorkUnitIds : Set.of());
		replace(this.institutionIds, (newRoles.contains(Role.REVIEWER) || newRoles.contains(Role.INSTANSI_HEAD))
				? newInstitutionIds : Set.of());
	}

	void changePassword(String newHash, boolean temporary, Instant now) {
		this.passwordHash = newHash;
		this.mustChangePassword = temporary;
		this.passwordChangedAt = toDatabasePrecision(now);
	}

	// Sessions compare this moment with the one they logged in with (SignedInAccounts):
	// kept as PostgreSQL keeps it, to the microsecond.
	private static Instant toDatabasePrecision(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MICROS);
	}

	private static <T> void replace(Set<T> target, Set<T> source) {
		target.retainAll(source);
		target.addAll(source);
	}

	Long getId() {
		return this.id;
	}

	String getUsername() {
		return this.username;
	}

	String getDisplayName() {
		return this.displayName;
	}

	String getEmail() {
		return this.email;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	Instant getPasswordChangedAt() {
		return this.passwordChangedAt;
	}

	boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	Set<Role> getRoles() {
		return this.roles;
	}

	Set<Long> getWorkUnitIds() {
		return this.workUnitIds;
	}

	Set<Long> getInstitutionIds() {
		return this.institutionIds;
	}

	AccountView toView() {
		return new AccountView(this.id, this.username, this.displayName, this.email, this.enabled,
				this.mustChangePassword, Set.copyOf(this.roles), Set.copyOf(this.workUnitIds),
				Set.copyOf(this.institutionIds), this.version);
	}

}
