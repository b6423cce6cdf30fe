package id.zonaintegritas.config;

import java.util.Map;

import id.zonaintegritas.account.LoginThrottledException;
import id.zonaintegritas.account.SignedInAccounts;

import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach which route, decided here and nowhere else (the services check, in
 * addition, which objects). Public pages are readable by anyone; each workspace has its
 * role; every state-changing request needs a login and a CSRF token.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationProvider lockoutAuthenticationProvider,
			SignedInAccounts signedInAccounts, SecurityContextRepository securityContextRepository) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
			.permitAll()
			.requestMatchers(EndpointRequest.toAnyEndpoint(), EndpointRequest.toLinks())
			.denyAll()
			// An institution's administrator manages its units, accounts and imports; the
			// services keep it to its own institutions.
			.requestMatchers("/admin/unit-kerja", "/admin/unit-kerja/**", "/admin/akun", "/admin/akun/**",
					"/admin/impor", "/admin/impor/**")
			.hasAnyRole("ADMIN", "INSTITUTION_ADMIN")
			.requestMatchers("/admin/**")
			.hasRole("ADMIN")
			.requestMatchers("/staf/**")
			.hasRole("AGENCY_STAFF")
			.requestMatchers("/inspektorat/**")
			.hasRole("REVIEWER")
			.requestMatchers("/instansi/**")
			.hasRole("INSTANSI_HEAD")
			.requestMatchers("/tpn/**")
			.hasRole("TPN")
			.requestMatchers("/audit", "/audit.csv")
			.hasAnyRole("REVIEWER", "ADMIN")
			.requestMatchers("/akun/**")
			.authenticated()
			.requestMatchers("/login", "/error", "/assets/**", "/atur-sandi/*", "/survei/*")
			.permitAll()
			// Every other page is public and read-only; an unknown address gives the
			// 404 page.
			.requestMatchers(HttpMethod.GET, "/**")
			.permitAll()
			.requestMatchers(HttpMethod.HEAD, "/**")
			.permitAll()
			.anyRequest()
			.authenticated());
		// The one manager, with no parent: a parent holding the same provider would count
		// every failed login twice.
		http.authenticationManager(new ProviderManager(lockoutAuthenticationProvider));
		http.addFilterBefore(new CurrentAccountFilter(signedInAccounts, securityContextRepository),
				AnonymousAuthenticationFilter.class);
		ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
		failures.setDefaultFailureUrl("/login?gagal");
		failures.setExceptionMappings(Map.of(LoginThrottledException.class.getName(), "/login?dibatasi"));
		http.formLogin((login) -> login.loginPage("/login")
			.successHandler(new RoleLandingPage())
			.failureHandler(failures)
			.permitAll());
		http.logout((logout) -> logout.logoutSuccessUrl("/?keluar").deleteCookies("SESSION"));
		http.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()));
		// A survey's answers carry their own signed, one-time visit token, which a
		// foreign
		// page cannot read (survey.SurveyTokens): respondents need no session.
		http.csrf((csrf) -> csrf
			.ignoringRequestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/survei/*")));
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.frameOptions((frame) -> frame.deny())
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader(
					(permissions) -> permissions.policy("camera=(), microphone=(), geolocation=(), payment=()")));
		return http.build();
	}

	/**
	 * No observation of the filter chain, the authentications or the authorizations.
	 * Their events were already switched off (management.observations.enable), but each
	 * filter of the chain was still wrapped to start one and ask whether it was wanted,
	 * on every request; the request metrics of Spring MVC stay.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

}
