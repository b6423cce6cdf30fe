package id.zonaintegritas.account;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import id.zonaintegritas.account.AccountRuleException.Reason;
import id.zonaintegritas.audit.AuditRecord;
import id.zonaintegritas.audit.AuditTrail;
import id.zonaintegritas.institution.InstitutionService;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ActorRole;
import id.zonaintegritas.shared.Administration;
import id.zonaintegritas.shared.ForbiddenException;
import id.zonaintegritas.shared.NotFoundException;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Administers accounts, and lets every user change their own password. */
@Service
@EnableConfigurationProperties(LockoutProperties.class)
@Transactional(readOnly = true)
public class AccountService {

	/** The roles an institution's administrator gives and manages. */
	static final Set<Role> INSTITUTION_ROLES = Set.of(Role.AGENCY_STAFF, Role.REVIEWER, Role.INSTANSI_HEAD);

	private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{2,59}$");

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	private final PasswordPolicy policy;

	private final InstitutionService institutions;

	private final AuditTrail audit;

	private final Clock clock;

	private final AccessGuard access;

	private final PasswordSetups setups;

	private final ApplicationEventPublisher events;

	AccountService(AccountRepository accounts, PasswordEncoder encoder, PasswordPolicy policy,
			InstitutionService institutions, AuditTrail audit, Clock clock, AccessGuard access, PasswordSetups setups,
			ApplicationEventPublisher events) {
		this.setups = setups;
		this.events = events;
		this.access = access;
		this.accounts = accounts;
		this.encoder = encoder;
		this.policy = policy;
		this.institutions = institutions;
		this.audit = audit;
		this.clock = clock;
	}

	public List<AccountView> list() {
		return this.accounts.findAllWithRoles().stream().map(Account::toView).toList();
	}

	/**
	 * The accounts this administrator manages: every one, or those of its institutions.
	 */
	@Transactional(readOnly = true)
	public List<AccountView> listFor(Actor admin) {
		Administration administration = this.access.administrationOf(admin);
		List<AccountView> all = list();
		if (administration.national()) {
			return all;
		}
		// The institutions of every unit the accounts name, read once for the whole list.
		Map<Long, Long> institutionOf = new HashMap<>();
		this.institutions
			.workUnits(all.stream().flatMap((account) -> account.workUnitIds().stream()).distinct().toList())
			.forEach((unit) -> institutionOf.put(unit.id(), unit.institutionId()));
		return all.stream().filter((account) -> manageable(account, administration, institutionOf)).toList();
	}

	public AccountView account(long id) {
		return load(id).toView();
	}

	/**
	 * The account as its administrator edits it: refused for an account an institution's
	 * administrator does not manage.
	 */
	@Transactional(readOnly = true)
	public AccountView accountFor(long id, Actor admin) {
		AccountView account = account(id);
		requireManageable(account, this.access.administrationOf(admin));
		return account;
	}

	/** The roles this administrator may give. */
	public List<Role> rolesFor(Actor admin) {
		return this.access.administrationOf(admin).national() ? List.of(Role.values()) : List.copyOf(INSTITUTION_ROLES);
	}

	public AccountView account(String username) {
		return this.accounts.findByUsername(username)
			.map(Account::toView)
			.orElseThrow(() -> new NotFoundException("error.account.notFound", username));
	}

	/**
	 * Creates an account with a temporary password that must be replaced at the first
	 * login, and a link, e-mailed to the user, that sets their own password instead.
	 */
	@Transactional
	public TemporaryPassword create(NewAccount account, Actor admin) {
		Administration administration = this.access.administrationOf(admin);
		AccountRuleException.throwIfAny(newAccountProblems(account, administration));
		String password = TemporaryPassword.generate();
		Account created = save(account, this.encoder.encode(password), admin);
		return new TemporaryPassword(created.toView(), password);
	}

	/**
	 * Creates an imported account: its user sets a password with the e-mailed link only
	 * (the hash it gets is of a password nobody was told).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void createImported(NewAccount account, String unknownPasswordHash, Actor admin) {
		save(account, unknownPasswordHash, admin);
	}

	/** What creating these accounts would break, one list per account, in order. */
	List<List<AccountRuleException>> problemsOfNew(List<NewAccount> accounts, Administration administration) {
		return accounts.stream().map((account) -> newAccountProblems(account, administration)).toList();
	}

	private Account save(NewAccount account, String passwordHash, Actor admin) {
		String username = PortalUserDetailsService.normalise(account.username());
		String email = normaliseEmail(account.email());
		Account created = new Account(username, account.displayName().strip(), email, passwordHash, true,
				this.clock.instant());
		created.update(account.displayName().strip(), email, true, account.roles(), account.workUnitIds(),
				account.institutionIds());
		this.accounts.save(created);
		this.audit.record(AuditRecord.of(admin, "ACCOUNT_CREATED", "Account", created.getId(), null, username)
			.withChange(null, Map.of("roles", account.roles().toString())));
		this.events.publishEvent(new AccountCreated(username, this.setups.issue(created.getId())));
		return created;
	}

	/** Changes an account's details, roles, scopes or enabled flag. */
	@Transactional
	public AccountView update(long id, long expectedVersion, AccountChanges changes, Actor admin) {
		Administration administration = this.access.administrationOf(admin);
		Account account = load(id);
		requireManageable(account.toView(), administration);
		if (account.toView().version() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Account.class, id);
		}
		String email = normaliseEmail(changes.email());
		AccountRuleException.throwIfAny(changeProblems(account, changes, administration));
		Map<String, Object> before = Map.of("enabled", account.isEnabled(), "roles", account.getRoles().toString());
		account.update(changes.displayName().strip(), email, changes.enabled(), changes.roles(), changes.workUnitIds(),
				changes.institutionIds());
		this.audit.record(AuditRecord.of(admin, "ACCOUNT_UPDATED", "Account", id, null, account.getUsername())
			.withChange(before, Map.of("enabled", changes.enabled(), "roles", changes.roles().toString())));
		return account.toView();
	}

	/**
	 * Sets a new temporary password; the user must choose their own at the next login.
	 */
	@Transactional
	public TemporaryPassword resetPassword(long id, Actor admin) {
		Account account = load(id);
		requireManageable(account.toView(), this.access.administrationOf(admin));
		String password = TemporaryPassword.generate();
		account.changePassword(this.encoder.encode(password), true, this.clock.instant());
		this.audit.record(AuditRecord.of(admin, "PASSWORD_RESET", "Account", id, null, account.getUsername()));
		return new TemporaryPassword(account.toView(), password);
	}

	/**
	 * A user replaces their own password, proving they know the current one. Their other
	 * sessions end; the caller keeps this one with the returned moment.
	 * @return when the new password was set
	 */
	@Transactional
	public Instant changeOwnPassword(String username, String currentPassword, String newPassword) {
		Account account = this.accounts.findByUsername(username)
			.orElseThrow(() -> new NotFoundException("error.account.notFound", username));
		List<AccountRuleException> problems = new ArrayList<>();
		if (currentPassword == null || !this.encoder.matches(currentPassword, account.getPasswordHash())) {
			problems.add(new AccountRuleException(Reason.CURRENT_PASSWORD_WRONG));
		}
		if (newPassword != null && newPassword.equals(currentPassword)) {
			problems.add(new AccountRuleException(Reason.PASSWORD_UNCHANGED));
		}
		else {
			try {
				this.policy.check(username, newPassword);
			}
			catch (AccountRuleException weak) {
				problems.add(weak);
			}
		}
		AccountRuleException.throwIfAny(problems);
		account.changePassword(this.encoder.encode(newPassword), false, this.clock.instant());
		this.audit.record(AuditRecord.of(new Actor(username, primaryRole(account)), "PASSWORD_CHANGED", "Account",
				account.getId(), null, username));
		return account.getPasswordChangedAt();
	}

	/** On a fresh installation: the first administrator, from the environment. */
	@Transactional
	public boolean createFirstAdministrator(String username, String email, String password) {
		if (this.accounts.anAdministratorExists()) {
			return false;
		}
		String normalised = PortalUserDetailsService.normalise(username);
		if (!USERNAME.matcher(normalised).matches()) {
			throw new AccountRuleException(Reason.USERNAME_INVALID);
		}
		this.policy.check(normalised, password);
		Account admin = new Account(normalised, "Administrator", normaliseEmail(email), this.encoder.encode(password),
				false, this.clock.instant());
		admin.update("Administrator", normaliseEmail(email), true, Set.of(Role.ADMIN), Set.of(), Set.of());
		this.accounts.save(admin);
		this.audit.record(AuditRecord.worded(new Actor("system", ActorRole.SYSTEM), "ACCOUNT_CREATED", "Account",
				admin.getId(), null, normalised));
		return true;
	}

	/**
	 * What creating the account would break, every problem at once, without creating it:
	 * for a form whose own checks failed too, so that the administrator sees all of it.
	 */
	@Transactional(readOnly = true)
	public void checkNew(NewAccount account, Actor admin) {
		AccountRuleException.throwIfAny(newAccountProblems(account, this.access.administrationOf(admin)));
	}

	/**
	 * What changing the account would break, every problem at once, without changing it.
	 */
	@Transactional(readOnly = true)
	public void checkChanges(long id, AccountChanges changes, Actor admin) {
		Administration administration = this.access.administrationOf(admin);
		Account account = load(id);
		requireManageable(account.toView(), administration);
		AccountRuleException.throwIfAny(changeProblems(account, changes, administration));
	}

	private List<AccountRuleException> newAccountProblems(NewAccount account, Administration administration) {
		List<AccountRuleException> problems = new ArrayList<>();
		String username = PortalUserDetailsService.normalise(account.username());
		if (!USERNAME.matcher(username).matches()) {
			problems.add(new AccountRuleException(Reason.USERNAME_INVALID));
		}
		else if (this.accounts.existsByUsername(username)) {
			problems.add(new AccountRuleException(Reason.USERNAME_TAKEN, username));
		}
		problems.addAll(emailAndScopeProblems(normaliseEmail(account.email()), null, account.roles(),
				account.workUnitIds(), account.institutionIds()));
		problems.addAll(
				administeredProblems(account.roles(), account.workUnitIds(), account.institutionIds(), administration));
		return problems;
	}

	private List<AccountRuleException> changeProblems(Account account, AccountChanges changes,
			Administration administration) {
		List<AccountRuleException> problems = emailAndScopeProblems(normaliseEmail(changes.email()), account.getId(),
				changes.roles(), changes.workUnitIds(), changes.institutionIds());
		problems.addAll(
				administeredProblems(changes.roles(), changes.workUnitIds(), changes.institutionIds(), administration));
		boolean staysAdmin = changes.enabled() && changes.roles().contains(Role.ADMIN);
		if (account.isEnabled() && account.getRoles().contains(Role.ADMIN) && !staysAdmin) {
			// Checked before the change: is there another enabled administrator?
			long enabledAdmins = this.accounts.findAllWithRoles()
				.stream()
				.filter((other) -> other.isEnabled() && other.getRoles().contains(Role.ADMIN))
				.count();
			if (enabledAdmins <= 1) {
				problems.add(new AccountRuleException(Reason.LAST_ADMINISTRATOR));
			}
		}
		return problems;
	}

	private List<AccountRuleException> emailAndScopeProblems(String email, Long exceptId, Set<Role> roles,
			Set<Long> workUnitIds, Set<Long> institutionIds) {
		List<AccountRuleException> problems = new ArrayList<>();
		if (!email.isEmpty() && this.accounts.emailTaken(email, exceptId)) {
			problems.add(new AccountRuleException(Reason.EMAIL_TAKEN, email));
		}
		if (roles.isEmpty()) {
			problems.add(new AccountRuleException(Reason.NO_ROLE));
		}
		if (roles.contains(Role.AGENCY_STAFF) && workUnitIds.isEmpty()) {
			problems.add(new AccountRuleException(Reason.STAFF_WITHOUT_UNIT));
		}
		if (roles.contains(Role.REVIEWER) && institutionIds.isEmpty()) {
			problems.add(new AccountRuleException(Reason.REVIEWER_WITHOUT_INSTITUTION));
		}
		if (roles.contains(Role.INSTITUTION_ADMIN) && institutionIds.isEmpty()) {
			problems.add(new AccountRuleException(Reason.INSTITUTION_ADMIN_WITHOUT_INSTITUTION));
		}
		// The head proposes what the inspektorat evaluated: never both, and for one
		// institution.
		if (roles.contains(Role.INSTANSI_HEAD) && roles.contains(Role.REVIEWER)) {
			problems.add(new AccountRuleException(Reason.HEAD_IS_REVIEWER));
		}
		if (roles.contains(Role.INSTANSI_HEAD) && institutionIds.size() != 1) {
			problems.add(new AccountRuleException(Reason.HEAD_OF_ONE_INSTITUTION));
		}
		if (roles.contains(Role.TPN) && roles.size() > 1) {
			problems.add(new AccountRuleException(Reason.TPN_ALONE));
		}
		workUnitIds.forEach(this.institutions::workUnit);
		institutionIds.forEach(this.institutions::institution);
		return problems;
	}

	/**
	 * An institution's administrator gives only the roles of an institution, and only
	 * scopes of its own institutions.
	 */
	private List<AccountRuleException> administeredProblems(Set<Role> roles, Set<Long> workUnitIds,
			Set<Long> institutionIds, Administration administration) {
		List<AccountRuleException> problems = new ArrayList<>();
		if (administration.national()) {
			return problems;
		}
		if (!INSTITUTION_ROLES.containsAll(roles)) {
			problems.add(new AccountRuleException(Reason.ROLE_NOT_ADMINISTERED));
		}
		if (!unitsCovered(workUnitIds, administration)) {
			problems.add(new AccountRuleException(Reason.UNIT_NOT_ADMINISTERED));
		}
		if (!institutionIds.stream().allMatch(administration::covers)) {
			problems.add(new AccountRuleException(Reason.INSTITUTION_NOT_ADMINISTERED));
		}
		return problems;
	}

	/**
	 * Whether an institution's administrator manages the account: only roles of an
	 * institution, every scope inside its institutions (the units' institutions given).
	 */
	private static boolean manageable(AccountView account, Administration administration,
			Map<Long, Long> institutionOf) {
		return administration.national() || (INSTITUTION_ROLES.containsAll(account.roles())
				&& account.institutionIds().stream().allMatch(administration::covers)
				&& account.workUnitIds().stream().allMatch((unit) -> administration.covers(institutionOf.get(unit))));
	}

	private boolean unitsCovered(Set<Long> workUnitIds, Administration administration) {
		return administration.national() || this.institutions.workUnits(workUnitIds)
			.stream()
			.allMatch((unit) -> administration.covers(unit.institutionId()));
	}

	private void requireManageable(AccountView account, Administration administration) {
		Map<Long, Long> institutionOf = new HashMap<>();
		if (!administration.national()) {
			this.institutions.workUnits(account.workUnitIds())
				.forEach((unit) -> institutionOf.put(unit.id(), unit.institutionId()));
		}
		if (!manageable(account, administration, institutionOf)) {
			throw new ForbiddenException("error.forbidden.notYourInstitution");
		}
	}

	private static ActorRole primaryRole(Account account) {
		return account.getRoles().stream().findFirst().map(Role::actorRole).orElse(ActorRole.SYSTEM);
	}

	static String normaliseEmail(String email) {
		return (email == null) ? "" : email.strip().toLowerCase(Locale.ROOT);
	}

	private Account load(long id) {
		return this.accounts.findById(id).orElseThrow(() -> new NotFoundException("error.account.notFound", id));
	}

}
