package id.zonaintegritas.support;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/**
 * Logs in through the real login form and returns the session cookie, so that pages see
 * the real principal. Sessions live in PostgreSQL (Spring Session) and are found by this
 * cookie.
 */
public final class Sessions {

	public static final String DEMO_PASSWORD = "Demo-ZI-2026!";

	private Sessions() {
	}

	public static Cookie logIn(MockMvc mvc, String username) throws Exception {
		return logIn(mvc, username, DEMO_PASSWORD);
	}

	public static Cookie logIn(MockMvc mvc, String username, String password) throws Exception {
		Cookie session = mvc.perform(formLogin().user(username).password(password))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).as("a session cookie after logging in as " + username).isNotNull();
		return session;
	}

}
