package id.zonaintegritas.account.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.Sessions;
import id.zonaintegritas.support.TestData;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static id.zonaintegritas.support.HtmlValidator.assertValidHtml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalIntegrationTest
class LoginTests {

	static final String PASSWORD = "Demo-ZI-2026!";

	static final AtomicInteger ADDRESSES = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theLoginPageIsInTheLayoutInBothLanguagesAndValid() throws Exception {
		String indonesian = this.mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
		String english = this.mvc.perform(get("/login").param("lang", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(indonesian).contains("Portal Zona Integritas").contains("Nama pengguna").contains("Kata sandi");
		assertThat(english).contains("Username").contains("Password");
		assertValidHtml(indonesian);
	}

	@Test
	void everyRoleLandsOnItsOwnWorkspace() throws Exception {
		Map<String, String> landings = Map.of(TestData.reviewerOf(this.jdbc, "BPS").username(), "/inspektorat",
				TestData.headOf(this.jdbc, "BPS").username(), "/instansi", TestData.tpn(this.jdbc).username(), "/tpn",
				TestData.admin(this.jdbc).username(), "/admin");

		for (Map.Entry<String, String> landing : landings.entrySet()) {
			this.mvc.perform(formLogin().user(landing.getKey()).password(PASSWORD))
				.andExpect(redirectedUrl(landing.getValue()));
		}
	}

	@Test
	void staffLogInAndLandOnTheirAccount() throws Exception {
		Actor staff = newStaff();

		this.mvc.perform(formLogin().user(staff.username()).password(PASSWORD))
			.andExpect(authenticated().withUsername(staff.username()).withRoles("AGENCY_STAFF"))
			.andExpect(redirectedUrl("/staf"));
	}

	@Test
	void aWrongPasswordAndAnUnknownUsernameGetTheSameAnswer() throws Exception {
		Actor staff = newStaff();

		MvcResult wrongPassword = this.mvc.perform(login(staff.username(), "salah-sekali-123", newAddress()))
			.andExpect(unauthenticated())
			.andReturn();
		MvcResult unknownUser = this.mvc.perform(login("tidak.ada.orangnya", "salah-sekali-123", newAddress()))
			.andExpect(unauthenticated())
			.andReturn();

		assertThat(wrongPassword.getResponse().getRedirectedUrl()).isEqualTo("/login?gagal");
		assertThat(unknownUser.getResponse().getRedirectedUrl()).isEqualTo("/login?gagal");
		assertThat(this.mvc.perform(get("/login?gagal")).andReturn().getResponse().getContentAsString())
			.contains("Login gagal");
	}

	@Test
	void eachFailedLoginIsCountedOnceSoTheFourthDoesNotLock() throws Exception {
		Actor staff = newStaff();
		String address = newAddress();

		this.mvc.perform(login(staff.username(), "tebakan-xyz-1", address)).andExpect(unauthenticated());
		assertThat(this.jdbc.queryForObject("select count(*) from login_failure where username = ?", Long.class,
				staff.username()))
			.isOne();

		for (int attempt = 2; attempt <= 4; attempt++) {
			this.mvc.perform(login(staff.username(), "tebakan-xyz-" + attempt, address)).andExpect(unauthenticated());
		}
		this.mvc.perform(login(staff.username(), PASSWORD, address)).andExpect(authenticated());
	}

	@Test
	void oneClientAddressTryingManyUsernamesIsTurnedAwayBeforeItLocksThemAll() throws Exception {
		String attacker = newAddress();
		List<Actor> victims = new ArrayList<>();
		for (int n = 0; n < 5; n++) {
			victims.add(newStaff());
		}
		for (int attempt = 0; attempt < 20; attempt++) {
			Actor victim = victims.get(attempt % victims.size());
			this.mvc.perform(login(victim.username(), "tebakan-" + attempt, attacker)).andExpect(unauthenticated());
		}

		this.mvc.perform(login(victims.get(0).username(), PASSWORD, attacker))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?dibatasi"));
		for (Actor victim : victims) {
			this.mvc.perform(login(victim.username(), PASSWORD, newAddress())).andExpect(authenticated());
		}
		assertThat(this.mvc.perform(get("/login?dibatasi")).andReturn().getResponse().getContentAsString())
			.contains("Terlalu banyak login gagal dari alamat Anda");
	}

	@Test
	void aDisabledAccountHasItsPasswordCheckedLikeAnyOther() throws Exception {
		Actor staff = newStaff();
		this.jdbc.update("update account set enabled = false where username = ?", staff.username());

		this.mvc.perform(login(staff.username(), "bukan-sandinya-123", newAddress()))
			.andExpect(redirectedUrl("/login?gagal"));

		assertThat(this.jdbc.queryForObject("select count(*) from login_failure where username = ?", Long.class,
				staff.username()))
			.as("a wrong password is counted as for any account: the password was checked (and hashed)")
			.isOne();
	}

	@Test
	void fiveFailuresLockTheUsernameEvenForTheRightPassword() throws Exception {
		Actor staff = newStaff();
		for (int attempt = 0; attempt < 5; attempt++) {
			this.mvc.perform(login(staff.username(), "tebakan-" + attempt + "-xyz", newAddress()))
				.andExpect(unauthenticated());
		}

		this.mvc.perform(formLogin().user(staff.username()).password(PASSWORD))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?gagal"));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from login_lock where username = ? and locked_until > now() + interval '14 minutes'",
				Integer.class, staff.username()))
			.isEqualTo(1);

		this.jdbc.update("update login_lock set locked_until = now() - interval '1 second' where username = ?",
				staff.username());
		this.mvc.perform(formLogin().user(staff.username()).password(PASSWORD))
			.andExpect(authenticated())
			.andExpect(redirectedUrl("/staf"));
	}

	@Test
	void unknownUsernamesAreLockedTooSoTheLockRevealsNothing() throws Exception {
		String nobody = "tidak.ada-" + System.nanoTime();
		for (int attempt = 0; attempt < 5; attempt++) {
			this.mvc.perform(login(nobody, "apa-saja-12345", newAddress())).andExpect(unauthenticated());
		}

		assertThat(
				this.jdbc.queryForObject("select count(*) from login_lock where username = ?", Integer.class, nobody))
			.isEqualTo(1);
	}

	@Test
	void aDisabledAccountCannotLogIn() throws Exception {
		Actor staff = newStaff();
		this.jdbc.update("update account set enabled = false where username = ?", staff.username());

		this.mvc.perform(formLogin().user(staff.username()).password(PASSWORD))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?gagal"));
	}

	@Test
	void loggingOutNeedsAPostWithItsCsrfTokenAndEndsTheSession() throws Exception {
		Cookie session = Sessions.logIn(this.mvc, newStaff().username());
		this.mvc.perform(get("/akun").cookie(session)).andExpect(status().isOk());

		this.mvc.perform(get("/logout").cookie(session)).andExpect(status().isNotFound());
		this.mvc.perform(post("/logout").cookie(session)).andExpect(status().isForbidden());
		this.mvc.perform(get("/akun").cookie(session)).andExpect(status().isOk());
		this.mvc.perform(post("/logout").with(csrf()).cookie(session)).andExpect(redirectedUrl("/?keluar"));

		this.mvc.perform(get("/akun").cookie(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void theLoginFormNeedsItsCsrfToken() throws Exception {
		Actor staff = newStaff();

		this.mvc.perform(post("/login").param("username", staff.username()).param("password", PASSWORD))
			.andExpect(status().isForbidden());
	}

	private static MockHttpServletRequestBuilder login(String username, String password, String address) {
		return post("/login").param("username", username).param("password", password).with(csrf()).with((request) -> {
			request.setRemoteAddr(address);
			return request;
		});
	}

	// Failures are also counted per client address: each test fails from addresses of
	// its own, so that the logins of other tests (from 127.0.0.1) are never throttled.
	private static String newAddress() {
		return "10." + ADDRESSES.incrementAndGet() % 250 + "." + (System.nanoTime() % 250) + ".7";
	}

	private Actor newStaff() {
		return TestData.staffOf(this.jdbc, TestData.newWorkUnit(this.jdbc, "BPS"));
	}

}
