package id.zonaintegritas.config;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.dialect.IDialect;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.templateresolver.SpringResourceTemplateResolver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.thymeleaf.autoconfigure.ThymeleafProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Bahasa Indonesia by default, English on request: {@code ?lang=en} switches and a cookie
 * remembers the choice, so the switch works without JavaScript.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final JdbcClient jdbc;

	WebConfiguration(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Thymeleaf's check of each property a template reads, kept per class (see the
	 * class).
	 */
	@Bean
	IDialect rememberedPropertyChecks() {
		return new RememberedPropertyChecks();
	}

	/**
	 * Routes with a variable are looked up among those they can match (see the class).
	 */
	@Bean
	WebMvcRegistrations literalPrefixHandlerMapping() {
		return new WebMvcRegistrations() {
			@Override
			public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
				return new LiteralPrefixHandlerMapping();
			}
		};
	}

	@Bean
	LocaleResolver localeResolver() {
		return new PortalLocaleResolver();
	}

	/** Static files' links get their content hash from the templates' link builder. */
	@Bean
	static BeanPostProcessor assetLinks(ObjectProvider<ResourceUrlProvider> urls) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof SpringTemplateEngine engine) {
					engine.setLinkBuilder(new AssetLinkBuilder(urls));
				}
				return bean;
			}

		};
	}

	/**
	 * Boot's template resolver, configured as Boot configures it, reading the templates
	 * without their indentation (the name makes Boot's own step aside).
	 */
	@Bean
	SpringResourceTemplateResolver defaultTemplateResolver(ThymeleafProperties properties, ApplicationContext context) {
		SpringResourceTemplateResolver resolver = new UnindentedTemplateResolver();
		resolver.setApplicationContext(context);
		resolver.setPrefix(properties.getPrefix());
		resolver.setSuffix(properties.getSuffix());
		resolver.setTemplateMode(properties.getMode());
		resolver.setCharacterEncoding(properties.getEncoding().name());
		resolver.setCacheable(properties.isCache());
		resolver.setOrder(properties.getTemplateResolverOrder());
		resolver.setCheckExistence(properties.isCheckTemplate());
		return resolver;
	}

	/**
	 * Replaced by {@link AssetLinkBuilder}; declared, disabled, so that Boot adds none.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
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

	/**
	 * Session attributes are written with an upsert: two requests of one session that
	 * both add an attribute (a flash message, the saved request) no longer collide on its
	 * key.
	 */
	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributesUpsert() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	/**
	 * Spring Session's JDBC repository runs its statements through these (it takes a bean
	 * of this name when there is one).
	 */
	@Bean
	SessionTransactions springSessionTransactionOperations(PlatformTransactionManager transactionManager) {
		return new SessionTransactions(transactionManager);
	}

	/**
	 * The portal's own transaction template, as Spring Boot would declare it: Boot
	 * declares one only when no {@link TransactionOperations} exists, and the sessions'
	 * one is.
	 */
	@Bean
	TransactionTemplate transactionTemplate(PlatformTransactionManager transactionManager) {
		return new TransactionTemplate(transactionManager);
	}

	/**
	 * The session filter reads and writes sessions through {@link UnhurriedSessions}: the
	 * filter Spring Session builds is built again, the same way (the JDBC repository, the
	 * session cookie as Boot configures it), around it.
	 */
	@Bean
	static BeanPostProcessor unhurriedSessions(ObjectProvider<JdbcIndexedSessionRepository> sessions,
			ObjectProvider<SessionTransactions> transactions, ObjectProvider<CookieSerializer> cookies) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof SessionRepositoryFilter<?>) {
					UnhurriedSessions unhurried = new UnhurriedSessions(sessions.getObject(), transactions.getObject(),
							Duration.ofMinutes(1));
					SessionRepositoryFilter<UnhurriedSessions.TrackedSession> filter = new SessionRepositoryFilter<>(
							unhurried) {

						@Override
						protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
								FilterChain chain) throws ServletException, IOException {
							try {
								super.doFilterInternal(request, response, chain);
							}
							finally {
								unhurried.forgetReads();
							}
						}

					};
					CookieHttpSessionIdResolver resolver = new CookieHttpSessionIdResolver();
					resolver.setCookieSerializer(cookies.getObject());
					filter.setHttpSessionIdResolver(resolver);
					return filter;
				}
				return bean;
			}

		};
	}

	/**
	 * Tomcat hands a response to the socket 8 KB at a time by default: a kept 83 KB page
	 * was eleven writes. In 32 KB pieces it is three (kept /statistik 13,100-13,300 →
	 * 14,000-17,500 requests/s); the buffer is per open connection, so it stays modest.
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> largerSocketWrites() {
		return (factory) -> factory.addConnectorCustomizers((connector) -> {
			connector.setProperty("socket.appWriteBufSize", "32768");
			// Off the heap, so that the JDK does not copy each write into a buffer of
			// its own first (kept /statistik, alternately: 13,350-13,870 → 14,460-15,620
			// requests/s).
			connector.setProperty("socket.directBuffer", "true");
		});
	}

	@Bean
	static OneTimeSubmissions.TokenInForms oneTimeSubmissionTokensInForms() {
		return new OneTimeSubmissions.TokenInForms();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
		registry.addInterceptor(new PasswordChangeInterceptor()).excludePathPatterns("/assets/**", "/error");
		registry.addInterceptor(new OneTimeSubmissions(this.jdbc));
		registry.addInterceptor(new RefusedFormStatus());
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new ActingAsResolver());
	}

}
