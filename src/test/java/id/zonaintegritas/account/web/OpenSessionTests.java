package id.zonaintegritas.account.web;

import java.util.Set;

import id.zonaintegritas.account.AccountChanges;
import id.zonaintegritas.account.AccountService;
import id.zonaintegritas.account.AccountView;
import id.zonaintegritas.account.NewAccount;
import id.zonaintegritas.account.Role;
import id.zonaintegritas.institution.InstitutionAdministration;
import id.zonaintegritas.institution.InstitutionDetails;
import id.zonaintegritas.institution.InstitutionKind;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ForbiddenException;
import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.Sessions;
import id.zonaintegritas.support.TestData;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An open session holds the account as it is now (ADR 0008): what an administrator
 * changes takes effect on the account's very next request, and the admin services check
 * the acting account in the database, whatever its session says.
 */
@PortalIntegrationTest
class OpenSessionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountService accounts;

	@Autowired
	InstitutionAdministration institutions;

	@Test
	void aDisabledAdministratorLosesEveryAdminPowerOnTheNextRequest() throws Exception {
		Actor admin = TestData.admin(this.jdbc);
		Cookie session = Sessions.logIn(this.mvc, admin.username());
		this.mvc.perform(get("/admin/akun").cookie(session)).andExpect(status().isOk());

		change(admin.username(), (account) -> new AccountChanges(account.displayName(), account.email(), false,
				account.roles(), account.workUnitIds(), account.institutionIds()));

		this.mvc.perform(get("/admin/akun").cookie(session)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/audit").cookie(session)).andExpect(redirectedUrl("/login"));
		this.mvc
			.perform(post("/admin/akun/baru").with(csrf())
				.cookie(session)
				.param("username", "dibuat.oleh-" + admin.username())
				.param("displayName", "Tidak Boleh")
				.param("email", "tidak.boleh@uji.example")
				.param("roles", "ADMIN"))
			.andExpect(redirectedUrl("/login"));
		assertThat(this.jdbc.queryForObject("select count(*) from account where username = ?", Long.class,
				"dibuat.oleh-" + admin.username()))
			.isZero();
	}

	@Test
	void aDemotedAdministratorIsRefusedAtOnceAndKeepsWhatTheyStillMayDo() throws Exception {
		Actor admin = TestData.admin(this.jdbc);
		long unit = TestData.newWorkUnit(this.jdbc, "BPS");
		Cookie session = Sessions.logIn(this.mvc, admin.username());

		change(admin.username(), (account) -> new AccountChanges(account.displayName(), account.email(), true,
				Set.of(Role.AGENCY_STAFF), Set.of(unit), Set.of()));

		this.mvc.perform(get("/admin/akun").cookie(session)).andExpect(status().isForbidden());
		this.mvc.perform(get("/audit").cookie(session)).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/akun/" + idOf(admin.username()) + "/reset-kata-sandi").with(csrf()).cookie(session))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/staf").cookie(session)).andExpect(status().isOk());
	}

	@Test
	void resettingAPasswordEndsEveryOpenSessionOfThatAccount() throws Exception {
		Actor staff = TestData.staffOf(this.jdbc, TestData.newWorkUnit(this.jdbc, "BPS"));
		Cookie first = Sessions.logIn(this.mvc, staff.username());
		Cookie second = Sessions.logIn(this.mvc, staff.username());

		this.accounts.resetPassword(idOf(staff.username()), Actor.admin("admin"));

		this.mvc.perform(get("/staf").cookie(first)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/staf").cookie(second)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void changingOnesOwnPasswordKeepsThisSessionAndEndsTheOthers() throws Exception {
		Actor staff = TestData.staffOf(this.jdbc, TestData.newWorkUnit(this.jdbc, "BPS"));
		Cookie here = Sessions.logIn(this.mvc, staff.username());
		Cookie elsewhere = Sessions.logIn(this.mvc, staff.username());

		this.mvc
			.perform(post("/akun/kata-sandi").with(csrf())
				.cookie(here)
				.param("currentPassword", Sessions.DEMO_PASSWORD)
				.param("newPassword", "kalimat sandi baru yang panjang")
				.param("confirmation", "kalimat sandi baru yang panjang"))
			.andExpect(redirectedUrl("/akun"));

		this.mvc.perform(get("/staf").cookie(here)).andExpect(status().isOk());
		this.mvc.perform(get("/staf").cookie(elsewhere)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void aNewRoleAppliesToAnOpenSessionWithoutLoggingInAgain() throws Exception {
		Actor staff = TestData.staffOf(this.jdbc, TestData.newWorkUnit(this.jdbc, "BPS"));
		Cookie session = Sessions.logIn(this.mvc, staff.username());
		this.mvc.perform(get("/inspektorat").cookie(session)).andExpect(status().isForbidden());

		long bps = this.jdbc.queryForObject("select id from institution where code = 'BPS'", Long.class);
		change(staff.username(), (account) -> new AccountChanges(account.displayName(), account.email(), true,
				Set.of(Role.AGENCY_STAFF, Role.REVIEWER), account.workUnitIds(), Set.of(bps)));

		this.mvc.perform(get("/inspektorat").cookie(session)).andExpect(status().isOk());
	}

	@Test
	void adminServicesCheckTheActingAccountInTheDatabaseNotItsClaimedRole() {
		Actor formerAdmin = TestData.admin(this.jdbc);
		this.jdbc.update("update account set enabled = false where username = ?", formerAdmin.username());
		Actor staffClaimingAdmin = Actor
			.admin(TestData.staffOf(this.jdbc, TestData.newWorkUnit(this.jdbc, "BPS")).username());

		for (Actor actor : new Actor[] { formerAdmin, staffClaimingAdmin }) {
			assertThatThrownBy(
					() -> this.accounts.create(
							new NewAccount("tidak.dibuat-" + System.nanoTime(), "X",
									"x" + System.nanoTime() + "@uji.example", Set.of(Role.ADMIN), Set.of(), Set.of()),
							actor))
				.isInstanceOf(ForbiddenException.class);
			assertThatThrownBy(() -> this.accounts.resetPassword(idOf("admin"), actor))
				.isInstanceOf(ForbiddenException.class);
			assertThatThrownBy(
					() -> this.institutions.createInstitution(
							new InstitutionDetails("TIDAK-" + System.nanoTime() % 100000,
									"Tidak Dibuat " + System.nanoTime(), InstitutionKind.KEMENTERIAN_LEMBAGA, null),
							actor))
				.isInstanceOf(ForbiddenException.class);
		}
	}

	private void change(String username, java.util.function.Function<AccountView, AccountChanges> changes) {
		AccountView account = this.accounts.account(username);
		this.accounts.update(account.id(), account.version(), changes.apply(account), Actor.admin("admin"));
	}

	private long idOf(String username) {
		return this.jdbc.queryForObject("select id from account where username = ?", Long.class, username);
	}

}
