package id.zonaintegritas.config;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * A form shown again with errors — what was typed, and why it was refused — answers 422,
 * not 200: the request did not do what it asked. One place for every form: handlers only
 * report errors on the form's {@link BindingResult}.
 */
class RefusedFormStatus implements HandlerInterceptor {

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView view) {
		if (view == null || !view.hasView() || isRedirect(view) || response.getStatus() != HttpServletResponse.SC_OK) {
			return;
		}
		boolean refused = view.getModel()
			.values()
			.stream()
			.anyMatch((value) -> value instanceof BindingResult result && result.hasErrors());
		if (refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
	}

	private static boolean isRedirect(ModelAndView view) {
		return view.getViewName() != null && view.getViewName().startsWith("redirect:");
	}

}
