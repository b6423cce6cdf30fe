package id.zonaintegritas.account;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import id.zonaintegritas.institution.InstitutionService;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.Administration;
import id.zonaintegritas.shared.AdministratorCheck;
import id.zonaintegritas.shared.ImportProblem;
import id.zonaintegritas.shared.ImportRefusedException;
import id.zonaintegritas.shared.ImportRow;
import id.zonaintegritas.shared.Text;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts in bulk, all or nothing, by the rules of the account form: each row's roles
 * and scopes (units by public address, instansi by code), its username and e-mail unique
 * in the portal and in the file. No password is in the file or on a page: each new
 * account gets the e-mailed link that sets its password.
 */
@Service
public class AccountImports {

	/** The most rows one import takes. */
	public static final int MAX_ROWS = 5_000;

	/** Role names a file may use besides the codes. */
	private static final Map<String, Role> ROLE_NAMES = Map.of("STAF", Role.AGENCY_STAFF, "INSPEKTORAT", Role.REVIEWER,
			"TPI", Role.REVIEWER, "PIMPINAN", Role.INSTANSI_HEAD, "ADMINISTRATOR", Role.ADMIN);

	private final AccountService accounts;

	private final InstitutionService institutions;

	private final PasswordEncoder encoder;

	private final AdministratorCheck administrators;

	AccountImports(AccountService accounts, InstitutionService institutions, PasswordEncoder encoder,
			AdministratorCheck administrators) {
		this.accounts = accounts;
		this.institutions = institutions;
		this.encoder = encoder;
		this.administrators = administrators;
	}

	/**
	 * An account as a row of the import says it.
	 *
	 * @param username the login name
	 * @param displayName the name shown in the portal
	 * @param email the address the password link goes to
	 * @param roles role codes or names, separated by commas, semicolons, bars or spaces
	 * @param units for staff: the units' public addresses, separated the same way
	 * @param institutions for reviewers and heads: the instansi codes
	 */
	public record AccountRow(String username, String displayName, String email, String roles, String units,
			String institutions) {
	}

	/** Every problem of these rows, without writing anything. */
	@Transactional(readOnly = true)
	public List<ImportProblem> check(List<ImportRow<AccountRow>> rows, Actor admin) {
		return new Reading(rows, this.administrators.administrationOf(admin)).problems;
	}

	/**
	 * Creates every account of the file, or none; each is sent its link.
	 * @return how many were created
	 * @throws ImportRefusedException with every problem of every row
	 */
	@Transactional
	public int importAccounts(List<ImportRow<AccountRow>> rows, Actor admin) {
		Reading reading = new Reading(rows, this.administrators.administrationOf(admin));
		ImportRefusedException.throwIfAny(reading.problems);
		// One hash, of a random password that is never kept or shown, for all of them: a
		// login with it is impossible, and one bcrypt instead of one per account.
		String unknownPassword = this.encoder.encode(TemporaryPassword.generate() + TemporaryPassword.generate());
		reading.accounts.forEach((account) -> this.accounts.createImported(account, unknownPassword, admin));
		return reading.accounts.size();
	}

	/** The rows read into accounts, and every problem found on the way. */
	private final class Reading {

		private final List<ImportProblem> problems = new ArrayList<>();

		private final List<NewAccount> accounts = new ArrayList<>();

		Reading(List<ImportRow<AccountRow>> rows, Administration administration) {
			Set<String> slugs = new HashSet<>();
			Set<String> codes = new HashSet<>();
			rows.forEach((row) -> {
				slugs.addAll(split(row.value().units(), false));
				codes.addAll(split(row.value().institutions(), true));
			});
			Map<String, Long> unitIds = AccountImports.this.institutions.workUnitIdsBySlug(slugs);
			Map<String, Long> institutionIds = AccountImports.this.institutions.institutionIdsByCode(codes);
			Map<String, Long> usernames = new HashMap<>();
			Map<String, Long> emails = new HashMap<>();
			List<Long> lines = new ArrayList<>();
			for (ImportRow<AccountRow> numbered : rows) {
				long line = numbered.line();
				AccountRow row = numbered.value();
				String username = PortalUserDetailsService.normalise(blank(row.username()));
				if (username.isEmpty()) {
					this.problems.add(new ImportProblem(line, "import.required", "username"));
				}
				else if (usernames.putIfAbsent(username, line) != null) {
					this.problems.add(
							new ImportProblem(line, "import.account.usernameTwice", username, usernames.get(username)));
				}
				String displayName = blank(row.displayName());
				if (displayName.isEmpty()) {
					this.problems.add(new ImportProblem(line, "import.required", "nama"));
				}
				else if (Text.isLongerThan(displayName, NewAccount.DISPLAY_NAME_LENGTH)) {
					this.problems
						.add(new ImportProblem(line, "import.tooLong", "nama", NewAccount.DISPLAY_NAME_LENGTH));
				}
				String email = AccountService.normaliseEmail(row.email());
				if (email.isEmpty()) {
					this.problems.add(new ImportProblem(line, "import.required", "surel"));
				}
				else if (Text.isLongerThan(email, NewAccount.EMAIL_LENGTH)
						|| !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
					this.problems.add(new ImportProblem(line, "import.account.emailInvalid", Text.quoted(email)));
				}
				else if (emails.putIfAbsent(email, line) != null) {
					this.problems.add(new ImportProblem(line, "import.account.emailTwice", email, emails.get(email)));
				}
				Set<Role> roles = EnumSet.noneOf(Role.class);
				for (String name : split(row.roles(), true)) {
					Role role = role(name);
					if (role == null) {
						this.problems.add(new ImportProblem(line, "import.account.roleUnknown", Text.quoted(name)));
					}
					else {
						roles.add(role);
					}
				}
				Set<Long> units = new LinkedHashSet<>();
				for (String slug : split(row.units(), false)) {
					Long id = unitIds.get(slug);
					if (id == null) {
						this.problems.add(new ImportProblem(line, "workUnit.rule.parentUnknown", Text.quoted(slug)));
					}
					else {
						units.add(id);
					}
				}
				Set<Long> institutions = new LinkedHashSet<>();
				for (String code : split(row.institutions(), true)) {
					Long id = institutionIds.get(code);
					if (id == null) {
						this.problems.add(new ImportProblem(line, "import.unit.institutionUnknown", Text.quoted(code)));
					}
					else {
						institutions.add(id);
					}
				}
				this.accounts.add(new NewAccount(username, displayName, email, roles, units, institutions));
				lines.add(line);
			}
			// The portal's own rules (a username or e-mail taken, roles and scopes that
			// do
			// not fit together), for each row as the account form would check it.
			List<List<AccountRuleException>> rules = AccountImports.this.accounts.problemsOfNew(this.accounts,
					administration);
			for (int i = 0; i < rules.size(); i++) {
				for (AccountRuleException rule : rules.get(i)) {
					if (rule.getReason() == AccountRuleException.Reason.USERNAME_INVALID
							&& this.accounts.get(i).username().isEmpty()) {
						continue;
					}
					this.problems.add(new ImportProblem(lines.get(i), rule.getMessageKey(), rule.getArguments()));
				}
			}
		}

	}

	private static Role role(String name) {
		for (Role role : Role.values()) {
			if (role.name().equals(name)) {
				return role;
			}
		}
		return ROLE_NAMES.get(name);
	}

	private static List<String> split(String text, boolean upperCase) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.strip().split("[,;|\\s]+"))
			.filter((part) -> !part.isBlank())
			.map((part) -> upperCase ? part.toUpperCase(Locale.ROOT) : part.toLowerCase(Locale.ROOT))
			.distinct()
			.toList();
	}

	private static String blank(String text) {
		return (text == null) ? "" : text.strip();
	}

}
