package id.zonaintegritas.config;

import java.beans.PropertyDescriptor;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.zonaintegritas.declaration.DeclarationService;
import id.zonaintegritas.document.DocumentService;
import id.zonaintegritas.pact.PactService;
import id.zonaintegritas.shared.Actor;
import id.zonaintegritas.support.PortalIntegrationTest;
import id.zonaintegritas.support.QuietMockMvc;
import id.zonaintegritas.support.RouteSamples;
import id.zonaintegritas.support.Sessions;
import id.zonaintegritas.support.TestData;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Walks every route the application exposes, read from the handler mappings, and sends
 * each query parameter, form field (list rows included) and path variable the values a
 * careless user or an attacker would: far too long, NUL and other control characters,
 * bidi overrides, numbers at and past the limits of {@code int} and {@code long}, dates
 * that cannot be, markup. Each route is tried by the kind of user it serves (and by an
 * anonymous visitor). Nothing may answer with a 5xx: a bad input is a 4xx with a message,
 * or a page that says why it was refused.
 */
@PortalIntegrationTest
class HostileInputTests {

	static final List<String> HOSTILE = List.of("x".repeat(5000), "a\u0000b", "\u0001\u0007\u001b[31m\u007f",
			"\u202Egnp.exe", "2147483647", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
			"-1", "0", "999999999", "0001-01-01", "99999-12-31", "2024-02-30", "-999999999-01-01", "", "  ",
			"<script>alert(1)</script>", "%", "' or 1=1 --", "\uFFFD\uD800");

	/**
	 * The values each field is tried with on its own; every other value is tried in all
	 * of a route's fields at once.
	 */
	static final List<String> EACH_FIELD = List.of("x".repeat(5000), "a\u0000b", "\u0001\u001b\u007f", "2147483648",
			"9223372036854775808", "-1", "-999999999-01-01", "");

	static final List<String> HOSTILE_PATHS = List.of("99999999999999999999", "-1", "0", "abc", "%00", "..%2F..");

	enum Persona {

		ANONYMOUS, STAFF, REVIEWER, ADMIN

	}

	MockMvc mvc;

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DocumentService documents;

	@Autowired
	DeclarationService declarations;

	@Autowired
	PactService pact;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@BeforeEach
	void quietMockMvc() {
		this.mvc = QuietMockMvc.of(this.context);
	}

	@Test
	void noParameterFieldOrPathValueMakesAnyRouteFail() throws Exception {
		long unit = TestData.newWorkUnit(this.jdbc, "BPS");
		Actor staff = TestData.staffOf(this.jdbc, unit);
		Map<Persona, Cookie> sessions = new EnumMap<>(Persona.class);
		sessions.put(Persona.STAFF, Sessions.logIn(this.mvc, staff.username()));
		sessions.put(Persona.REVIEWER, Sessions.logIn(this.mvc, TestData.reviewerOf(this.jdbc, "BPS").username()));
		sessions.put(Persona.ADMIN, Sessions.logIn(this.mvc, TestData.admin(this.jdbc).username()));
		RouteSamples samples = RouteSamples.of(unit, staff, this.jdbc, this.documents, this.declarations, this.pact);
		List<String> failures = new ArrayList<>();
		Set<String> triedOnTheirOwn = new HashSet<>();
		int requests = 0;

		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : this.mappings.getHandlerMethods().entrySet()) {
			HandlerMethod handler = mapping.getValue();
			if (!handler.getBeanType().getName().startsWith("id.zonaintegritas.")) {
				continue;
			}
			Set<RequestMethod> methods = mapping.getKey().getMethodsCondition().getMethods();
			HttpMethod method = HttpMethod.valueOf(methods.isEmpty() ? "GET" : methods.iterator().next().name());
			String pattern = mapping.getKey().getPatternValues().iterator().next();
			String path = samples.path(pattern);
			List<String> names = inputNames(handler.getMethod());
			Map<String, String> fixed = fixedParameters(mapping.getKey());
			for (Persona persona : personasFor(pattern)) {
				Cookie session = sessions.get(persona);
				for (String name : names) {
					// A form bound by several buttons of one address (add a row, save…)
					// has its fields tried one by one once.
					if (!triedOnTheirOwn.add(method + " " + pattern + " " + persona + " " + name)) {
						continue;
					}
					for (String value : EACH_FIELD) {
						requests++;
						check(failures, method, path, Map.of(name, value), fixed, session, persona,
								handler.getMethod().getName());
					}
				}
				for (String value : names.isEmpty() ? List.<String>of() : HOSTILE) {
					Map<String, String> everyField = new LinkedHashMap<>();
					names.forEach((name) -> everyField.put(name, value));
					requests++;
					check(failures, method, path, everyField, fixed, session, persona, handler.getMethod().getName());
				}
				for (String hostilePath : hostilePaths(pattern)) {
					requests++;
					check(failures, method, hostilePath, Map.of(), fixed, session, persona,
							handler.getMethod().getName());
				}
			}
		}

		assertThat(requests).as("hostile requests sent").isGreaterThan(1200);
		assertThat(failures).as("requests that ended in a 5xx").isEmpty();
	}

	private void check(List<String> failures, HttpMethod method, String path, Map<String, String> parameters,
			Map<String, String> fixed, Cookie session, Persona persona, String handler) throws Exception {
		MockHttpServletRequestBuilder request = request(method, path);
		fixed.forEach(request::param);
		parameters.forEach(request::param);
		if (method != HttpMethod.GET) {
			request.with(csrf());
		}
		if (session != null) {
			request.cookie(session);
		}
		MockHttpServletResponse response;
		try {
			response = this.mvc.perform(request).andReturn().getResponse();
		}
		catch (Exception ex) {
			failures.add(describe(method, path, parameters, persona, handler) + " threw " + rootCause(ex));
			return;
		}
		if (response.getStatus() >= 500) {
			failures.add(describe(method, path, parameters, persona, handler) + " answered " + response.getStatus());
		}
	}

	private static String describe(HttpMethod method, String path, Map<String, String> parameters, Persona persona,
			String handler) {
		StringBuilder text = new StringBuilder(method + " " + path + " as " + persona + " (" + handler + ")");
		parameters.forEach((name, value) -> text.append(" ")
			.append(name)
			.append("=")
			.append(value.length() > 20 ? value.substring(0, 20) + "…(" + value.length() + ")" : value));
		return text.toString();
	}

	private static String rootCause(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause.toString();
	}

	/**
	 * Who reaches a route's handler: its workspace's role, and anyone for public pages.
	 */
	private static List<Persona> personasFor(String pattern) {
		if (pattern.startsWith("/staf")) {
			return List.of(Persona.STAFF);
		}
		if (pattern.startsWith("/inspektorat")) {
			return List.of(Persona.REVIEWER);
		}
		if (pattern.startsWith("/admin")) {
			return List.of(Persona.ADMIN);
		}
		if (pattern.startsWith("/audit")) {
			return List.of(Persona.REVIEWER, Persona.ADMIN);
		}
		if (pattern.startsWith("/akun")) {
			return List.of(Persona.STAFF);
		}
		return List.of(Persona.ANONYMOUS, Persona.STAFF, Persona.REVIEWER, Persona.ADMIN);
	}

	/** Every request parameter and form field a handler binds, list rows included. */
	private static List<String> inputNames(Method method) {
		List<String> names = new ArrayList<>();
		for (Parameter parameter : method.getParameters()) {
			Class<?> type = parameter.getType();
			if (parameter.isAnnotationPresent(PathVariable.class)
					|| parameter.isAnnotationPresent(AuthenticationPrincipal.class)
					|| Model.class.isAssignableFrom(type) || type.getName().startsWith("jakarta.servlet")
					|| type.getName().startsWith("org.springframework") || MultipartFile.class.isAssignableFrom(type)) {
				continue;
			}
			RequestParam requestParam = parameter.getAnnotation(RequestParam.class);
			if (requestParam != null || BeanUtils.isSimpleProperty(type)) {
				String name = (requestParam != null && !requestParam.name().isEmpty()) ? requestParam.name()
						: parameter.getName();
				names.add(name);
			}
			else if (parameter.isAnnotationPresent(ModelAttribute.class) || !type.isRecord()) {
				names.addAll(formFields(type, ""));
			}
		}
		return names;
	}

	private static List<String> formFields(Class<?> form, String prefix) {
		List<String> fields = new ArrayList<>();
		for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(form)) {
			if (property.getWriteMethod() == null) {
				continue;
			}
			Class<?> type = property.getPropertyType();
			String name = prefix + property.getName();
			if (Collection.class.isAssignableFrom(type)) {
				fields.add(name + "[100000]");
				Class<?> element = elementType(property);
				if (element != null && !BeanUtils.isSimpleProperty(element) && prefix.isEmpty()) {
					fields.addAll(formFields(element, name + "[0]."));
				}
				else {
					fields.add(name);
				}
			}
			else if (!MultipartFile.class.isAssignableFrom(type)) {
				fields.add(name);
			}
		}
		return fields;
	}

	private static Class<?> elementType(PropertyDescriptor property) {
		if (property.getReadMethod().getGenericReturnType() instanceof ParameterizedType generic
				&& generic.getActualTypeArguments()[0] instanceof Class<?> element) {
			return element;
		}
		return null;
	}

	/** Parameters a mapping needs to be chosen at all (the buttons of a form). */
	private static Map<String, String> fixedParameters(RequestMappingInfo mapping) {
		Map<String, String> fixed = new LinkedHashMap<>();
		mapping.getParamsCondition().getExpressions().forEach((expression) -> {
			if (!expression.isNegated()) {
				fixed.put(expression.getName(), (expression.getValue() != null) ? expression.getValue() : "0");
			}
		});
		return fixed;
	}

	private static List<String> hostilePaths(String pattern) {
		if (!pattern.contains("{")) {
			return List.of();
		}
		List<String> paths = new ArrayList<>();
		for (String value : HOSTILE_PATHS) {
			paths.add(pattern.replaceAll("\\{[^}]+}", value));
		}
		return paths;
	}

}
