package id.zonaintegritas.config;

import id.zonaintegritas.account.PortalUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A user who logged in with a temporary password goes to the password page, and nowhere
 * else, until they have chosen their own.
 */
class PasswordChangeInterceptor implements HandlerInterceptor {

	static final String PASSWORD_PAGE = "/akun/kata-sandi";

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof PortalUser user
				&& user.mustChangePassword()
				&& !PASSWORD_PAGE.equals(request.getRequestURI().substring(request.getContextPath().length()))) {
			response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
			return false;
		}
		return true;
	}

}
