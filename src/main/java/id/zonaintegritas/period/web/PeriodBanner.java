package id.zonaintegritas.period.web;

import id.zonaintegritas.period.PeriodService;

import id.zonaintegritas.shared.web.ShownPageModel;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Where this year's period stands, and what closes when, above every page of the
 * workspaces (staff, inspektorat, administration): one read by primary key, and only for
 * a page that is shown, not for a redirect or a download.
 */
@Configuration(proxyBeanMethods = false)
class PeriodBanner implements WebMvcConfigurer {

	static final String PERIOD = "currentPeriod";

	private final PeriodService periods;

	PeriodBanner(PeriodService periods) {
		this.periods = periods;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new ShownPageModel(PERIOD) {

			@Override
			protected void addTo(ModelAndView view) {
				view.addObject("today", PeriodBanner.this.periods.today());
				PeriodBanner.this.periods.current().ifPresent((period) -> view.addObject(PERIOD, period));
			}

		})
			.addPathPatterns("/staf", "/staf/**", "/inspektorat", "/inspektorat/**", "/instansi", "/instansi/**",
					"/tpn", "/tpn/**", "/admin/**");
	}

}
