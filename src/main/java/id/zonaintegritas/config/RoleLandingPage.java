package id.zonaintegritas.config;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * After login: back to the page that asked for it, or else to the user's workspace —
 * staff to their dashboard, reviewers to their queue, instansi heads to their units, the
 * TPN to the proposals, administrators to the accounts, anyone else to their account. The
 * way back is a path of this portal, never an absolute address built from the request's
 * Host header.
 */
class RoleLandingPage extends SimpleUrlAuthenticationSuccessHandler {

	private final RequestCache requests = new HttpSessionRequestCache();

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		SavedRequest saved = this.requests.getRequest(request, response);
		String target = (saved != null) ? pathOf(saved.getRedirectUrl()) : null;
		this.requests.removeRequest(request, response);
		clearAuthenticationAttributes(request);
		getRedirectStrategy().sendRedirect(request, response, (target != null) ? target : landingFor(authentication));
	}

	static String landingFor(Authentication authentication) {
		if (hasRole(authentication, "ROLE_AGENCY_STAFF")) {
			return "/staf";
		}
		if (hasRole(authentication, "ROLE_REVIEWER")) {
			return "/inspektorat";
		}
		if (hasRole(authentication, "ROLE_INSTANSI_HEAD")) {
			return "/instansi";
		}
		if (hasRole(authentication, "ROLE_TPN")) {
			return "/tpn";
		}
		if (hasRole(authentication, "ROLE_ADMIN")) {
			return "/admin";
		}
		return hasRole(authentication, "ROLE_INSTITUTION_ADMIN") ? "/admin/unit-kerja" : "/akun";
	}

	// Only the path and query of the saved address: "//evil.example" and other hosts are
	// never followed.
	private static String pathOf(String savedUrl) {
		try {
			URI uri = URI.create(savedUrl);
			String path = uri.getRawPath();
			if (path == null || !path.startsWith("/") || path.startsWith("//")) {
				return null;
			}
			return (uri.getRawQuery() != null) ? path + "?" + uri.getRawQuery() : path;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static boolean hasRole(Authentication authentication, String role) {
		return authentication.getAuthorities().stream().anyMatch((authority) -> role.equals(authority.getAuthority()));
	}

}
