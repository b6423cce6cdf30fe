package id.zonaintegritas.config;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After login: back to the page that asked for it, or else to the user's workspace —
 * staff to their dashboard, reviewers to their queue, administrators to the accounts.
 */
class RoleLandingPage extends SavedRequestAwareAuthenticationSuccessHandler {

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		setDefaultTargetUrl(landingFor(authentication));
		super.onAuthenticationSuccess(request, response, authentication);
	}

	static String landingFor(Authentication authentication) {
		boolean staff = hasRole(authentication, "ROLE_AGENCY_STAFF");
		boolean admin = hasRole(authentication, "ROLE_ADMIN");
		if (staff) {
			return "/staf";
		}
		return admin ? "/admin/akun" : "/akun";
	}

	private static boolean hasRole(Authentication authentication, String role) {
		return authentication.getAuthorities().stream().anyMatch((authority) -> role.equals(authority.getAuthority()));
	}

}
