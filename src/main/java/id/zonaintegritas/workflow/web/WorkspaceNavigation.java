package id.zonaintegritas.workflow.web;

import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.shared.ActorRole;
import id.zonaintegritas.workflow.ReviewQueue;
import id.zonaintegritas.shared.web.ShownPageModel;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The reviewers' queue numbers in the navigation of their workspace — waiting, and new
 * since last seen — counted in one query, and only for a page that is shown: not for a
 * redirect, a download or a page outside the workspace.
 */
@Configuration(proxyBeanMethods = false)
class WorkspaceNavigation implements WebMvcConfigurer {

	static final String COUNTS = "queueCounts";

	private final ReviewQueue queue;

	WorkspaceNavigation(ReviewQueue queue) {
		this.queue = queue;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new ShownPageModel(COUNTS) {

			@Override
			protected void addTo(ModelAndView view) {
				Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
				if (authentication != null && authentication.getAuthorities()
					.stream()
					.anyMatch((authority) -> "ROLE_REVIEWER".equals(authority.getAuthority()))) {
					view.addObject(COUNTS, WorkspaceNavigation.this.queue
						.counts(new Actor(authentication.getName(), ActorRole.REVIEWER)));
				}
			}

		}).addPathPatterns("/inspektorat", "/inspektorat/**");
	}

}
