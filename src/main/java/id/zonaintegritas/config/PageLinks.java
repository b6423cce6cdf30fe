package id.zonaintegritas.config;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to the other pages of a list, for the pagination fragment ({@code pageLinks} in
 * every page's model): the address of the current request with only its page parameter
 * changed, so that every filter stays as it is without each template repeating them.
 */
@ControllerAdvice
class PageLinks {

	static final String PARAMETER = "halaman";

	@ModelAttribute("pageLinks")
	Links pageLinks(HttpServletRequest request) {
		return new Links(request);
	}

	/** The links of one request's list. */
	public static final class Links {

		private final HttpServletRequest request;

		Links(HttpServletRequest request) {
			this.request = request;
		}

		/**
		 * @param number the page to link to, from 1
		 * @return the current path and query with that page
		 */
		public String to(int number) {
			HttpServletRequest request = this.request;
			UriComponentsBuilder link = UriComponentsBuilder.fromPath(request.getRequestURI());
			request.getParameterMap().forEach((name, values) -> {
				if (!PARAMETER.equals(name) && !"lang".equals(name)) {
					link.queryParam(name, (Object[]) values);
				}
			});
			return link.queryParam(PARAMETER, number).encode().build().toUriString();
		}

	}

}
