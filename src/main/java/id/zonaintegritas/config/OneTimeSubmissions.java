package id.zonaintegritas.config;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestDataValueProcessor;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A form is submitted once, whatever the browser does: every form rendered for a POST
 * carries a one-time token ({@value #PARAMETER}), added where Thymeleaf adds the CSRF
 * token. The first request with a token does the work; a second one with the same token
 * (a double click, back and resubmit) waits for the first to finish and is sent where the
 * first one went, with a note that the form had already been sent. A request whose form
 * was refused (it re-renders with its errors) gives its token back, so that the corrected
 * form goes through. Tokens live in PostgreSQL, so this holds across instances.
 */
class OneTimeSubmissions implements HandlerInterceptor {

	static final String PARAMETER = "_submission";

	private static final String CLAIMED = OneTimeSubmissions.class.getName() + ".claimed";

	private static final Duration WAIT_FOR_FIRST = Duration.ofSeconds(10);

	private final JdbcClient jdbc;

	OneTimeSubmissions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		Optional<UUID> token = token(request);
		if (token.isEmpty()) {
			return true;
		}
		this.jdbc.sql("delete from form_submission where created_at < now() - interval '1 day'").update();
		long deadline = System.nanoTime() + WAIT_FOR_FIRST.toNanos();
		while (System.nanoTime() < deadline) {
			if (claim(token.get(), request)) {
				request.setAttribute(CLAIMED, token.get());
				return true;
			}
			Optional<String> firstWentTo = whereTheFirstWent(token.get());
			if (firstWentTo.isPresent()) {
				RequestContextUtils.getOutputFlashMap(request).put("alreadySubmitted", true);
				RequestContextUtils.saveOutputFlashMap(firstWentTo.get(), request, response);
				response.sendRedirect(firstWentTo.get());
				return false;
			}
			// The first request with this token is still at work (or was refused, and its
			// token is free again at the next try).
			Thread.sleep(100);
		}
		response.sendError(HttpStatus.CONFLICT.value());
		return false;
	}

	private boolean claim(UUID token, HttpServletRequest request) {
		try {
			this.jdbc.sql("insert into form_submission (token, username) values (:token, :username)")
				.param("token", token)
				.param("username", (request.getUserPrincipal() != null) ? request.getUserPrincipal().getName() : null)
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	private Optional<String> whereTheFirstWent(UUID token) {
		return this.jdbc
			.sql("select redirect_to from form_submission where token = :token and completed_at is not null")
			.param("token", token)
			.query(String.class)
			.optional();
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!(request.getAttribute(CLAIMED) instanceof UUID token)) {
			return;
		}
		String location = response.getHeader("Location");
		if (ex == null && response.getStatus() / 100 == 3 && location != null) {
			this.jdbc
				.sql("update form_submission set completed_at = now(), redirect_to = :location where token = :token")
				.param("location", location)
				.param("token", token)
				.update();
		}
		else {
			this.jdbc.sql("delete from form_submission where token = :token").param("token", token).update();
		}
	}

	private static Optional<UUID> token(HttpServletRequest request) {
		if (!"POST".equals(request.getMethod())) {
			return Optional.empty();
		}
		String value = request.getParameter(PARAMETER);
		try {
			return (value != null) ? Optional.of(UUID.fromString(value)) : Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Adds the one-time token to every form rendered for a POST, beside the CSRF token
	 * that Spring Security's own processor adds.
	 */
	static class TokenInForms implements BeanPostProcessor {

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			if (bean instanceof RequestDataValueProcessor csrf && "requestDataValueProcessor".equals(beanName)) {
				return new WithToken(csrf);
			}
			return bean;
		}

	}

	private record WithToken(RequestDataValueProcessor delegate) implements RequestDataValueProcessor {

		private static final String METHOD = WithToken.class.getName() + ".method";

		@Override
		public String processAction(HttpServletRequest request, String action, String httpMethod) {
			request.setAttribute(METHOD, httpMethod);
			return this.delegate.processAction(request, action, httpMethod);
		}

		@Override
		public String processFormFieldValue(HttpServletRequest request, String name, String value, String type) {
			return this.delegate.processFormFieldValue(request, name, value, type);
		}

		@Override
		public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
			Map<String, String> fields = new LinkedHashMap<>();
			Map<String, String> delegated = this.delegate.getExtraHiddenFields(request);
			if (delegated != null) {
				fields.putAll(delegated);
			}
			if ("POST".equalsIgnoreCase((String) request.getAttribute(METHOD))) {
				fields.put(PARAMETER, UUID.randomUUID().toString());
			}
			return fields;
		}

		@Override
		public String processUrl(HttpServletRequest request, String url) {
			return this.delegate.processUrl(request, url);
		}

	}

}
