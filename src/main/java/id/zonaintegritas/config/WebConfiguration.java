package id.zonaintegritas.config;

import org.thymeleaf.ITemplateEngine;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Bahasa Indonesia by default, English on request: {@code ?lang=en} switches and a cookie
 * remembers the choice, so the switch works without JavaScript.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver() {
		return new PortalLocaleResolver();
	}

	@Bean
	FilterRegistrationBean<FaultBarrier> faultBarrier(ITemplateEngine templates, LocaleResolver localeResolver) {
		FilterRegistrationBean<FaultBarrier> registration = new FilterRegistrationBean<>(
				new FaultBarrier(templates, localeResolver));
		// Right after the character encoding filter, before the session and security
		// filters whose failures it answers.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
		registry.addInterceptor(new PasswordChangeInterceptor()).excludePathPatterns("/assets/**", "/error");
	}

}
