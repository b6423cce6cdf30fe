package id.zonaintegritas.config;

import java.io.IOException;
import java.util.Optional;

import id.zonaintegritas.account.PortalUser;
import id.zonaintegritas.account.SignedInAccounts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request of a signed-in session the account as it is now (ADR 0008): a
 * disabled account, or one whose password was changed or reset since the session logged
 * in, has its session ended here, before any route or object is checked; changed roles
 * are taken over, so that route access follows them on this very request.
 */
class CurrentAccountFilter extends OncePerRequestFilter {

	private final SignedInAccounts accounts;

	private final SecurityContextRepository contexts;

	CurrentAccountFilter(SignedInAccounts accounts, SecurityContextRepository contexts) {
		this.accounts = accounts;
		this.contexts = contexts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof PortalUser user) {
			Optional<PortalUser> current = this.accounts.current(user);
			if (current.isEmpty()) {
				endSession(request);
			}
			else if (current.get() != user) {
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(current.get(), null,
						current.get().getAuthorities()));
				SecurityContextHolder.setContext(context);
				this.contexts.saveContext(context, request, response);
			}
		}
		chain.doFilter(request, response);
	}

	private static void endSession(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
	}

}
