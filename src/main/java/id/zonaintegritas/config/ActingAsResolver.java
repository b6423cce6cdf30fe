package id.zonaintegritas.config;

import id.zonaintegritas.shared.ActingAs;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ActorRole;
import id.zonaintegritas.shared.ForbiddenException;

import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives a handler the {@link Actor} of an {@link ActingAs} parameter: the signed-in user
 * in the first role the handler names that the user holds (the session's roles are those
 * of the account now, see {@code CurrentAccountFilter}).
 */
class ActingAsResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.hasParameterAnnotation(ActingAs.class) && Actor.class.equals(parameter.getParameterType());
	}

	@Override
	public Actor resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
			WebDataBinderFactory binders) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()) {
			for (ActorRole role : parameter.getParameterAnnotation(ActingAs.class).value()) {
				String authority = "ROLE_" + role.name();
				if (authentication.getAuthorities()
					.stream()
					.anyMatch((held) -> authority.equals(held.getAuthority()))) {
					return new Actor(authentication.getName(), role);
				}
			}
		}
		throw new ForbiddenException("error.forbidden.roleMissing");
	}

}
