package id.zonaintegritas.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Adds something to the model of a page that is shown — not to a redirect, a download or
 * a page that already has it — so that what only a page's frame needs (the navigation's
 * counts, the period's banner) costs nothing elsewhere.
 */
public abstract class ShownPageModel implements HandlerInterceptor {

	private final String attribute;

	protected ShownPageModel(String attribute) {
		this.attribute = attribute;
	}

	@Override
	public final void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView view) {
		if (view == null || !view.hasView() || view.getModel().containsKey(this.attribute)
				|| (view.getViewName() != null && view.getViewName().startsWith("redirect:"))) {
			return;
		}
		addTo(view);
	}

	/**
	 * Adds the attribute (and whatever goes with it) to the page's model, if it applies.
	 */
	protected abstract void addTo(ModelAndView view);

}
