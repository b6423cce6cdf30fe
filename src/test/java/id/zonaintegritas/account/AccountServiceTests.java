package id.zonaintegritas.account;

import java.util.Set;

import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ForbiddenException;
import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.TestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalIntegrationTest
class AccountServiceTests {

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	AccessGuard guard;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void passwordsAreStoredAsDelegatingBcryptHashes() {
		TemporaryPassword created = this.accounts.create(
				new NewAccount("staf.hash-" + System.nanoTime() % 100000, "Uji Hash",
						"hash" + System.nanoTime() + "@uji.example", Set.of(Role.REVIEWER), Set.of(),
						Set.of(this.jdbc.queryForObject("select id from institution where code = 'BPS'", Long.class))),
				Actor.admin("admin"));

		String hash = this.jdbc.queryForObject("select password_hash from account where id = ?", String.class,
				created.account().id());
		assertThat(hash).startsWith("{bcrypt}$2a$").doesNotContain(created.password());
		assertThat(this.encoder.matches(created.password(), hash)).isTrue();
		assertThat(created.account().mustChangePassword()).isTrue();
	}

	@Test
	void onlyAnAdministratorAdministers() {
		NewAccount account = new NewAccount("staf.tidak-boleh", "X", "x@uji.example", Set.of(Role.ADMIN), Set.of(),
				Set.of());

		assertThatThrownBy(() -> this.accounts.create(account, Actor.staff("staf.bps-kab-serang")))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> this.accounts.resetPassword(1L, Actor.reviewer("inspektorat.bps")))
			.isInstanceOf(ForbiddenException.class);
	}

	@Test
	void theFirstAdministratorComesFromTheEnvironmentOnlyWhenThereIsNone() {
		assertThat(this.accounts.createFirstAdministrator("pertama", "pertama@uji.example",
				"frasa sandi yang panjang sekali"))
			.as("demo mode already has an administrator")
			.isFalse();

		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);
		transaction.executeWithoutResult((status) -> {
			this.jdbc.update("update account set enabled = false where id in "
					+ "(select account_id from account_role where role = 'ADMIN')");
			assertThatThrownBy(() -> this.accounts.createFirstAdministrator("pertama", "pertama@uji.example", "123"))
				.as("no weak password, even from the environment")
				.isInstanceOf(AccountRuleException.class);
			assertThat(this.accounts.createFirstAdministrator("pertama", "pertama@uji.example",
					"frasa sandi yang panjang sekali"))
				.isTrue();
			assertThat(this.accounts.account("pertama").roles()).containsExactly(Role.ADMIN);
			status.setRollbackOnly();
		});
	}

	@Test
	void aChangedScopeTakesEffectForTheGuardAtOnce() {
		long unit = TestData.newWorkUnit(this.jdbc, "BPS");
		Actor staff = TestData.staffOf(this.jdbc, unit);
		assertThat(this.guard.isStaffOf(staff.username(), unit)).isTrue();
		this.jdbc.update("delete from account_work_unit where account_id = (select id from account where username = ?)",
				staff.username());
		assertThat(this.guard.isStaffOf(staff.username(), unit)).isFalse();
		assertThatThrownBy(() -> this.guard.requireStaffOf(staff, unit)).isInstanceOf(ForbiddenException.class);
	}

}
