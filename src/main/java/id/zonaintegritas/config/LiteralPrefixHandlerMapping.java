package id.zonaintegritas.config;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's request mappings, where a path with a variable in it is not tried against
 * every route of the portal.
 * <p>
 * Spring MVC finds a path without variables (such as {@code /direktori}) in a map, but a
 * path such as {@code /direktori/bps-kota-serang} or {@code /staf/unit/12/pakta} it tries
 * against each of the portal's two hundred routes in turn, asking each request wrapper
 * for the method and matching every pattern: a tenth of a rendered unit page's time. A
 * route can only match a path that begins with its pattern's text before the first
 * variable or wildcard ({@code /direktori/} for {@code /direktori/{slug}}), so the routes
 * whose text the path does not begin with are passed over before Spring MVC looks at
 * them.
 * <p>
 * A path with an escaped character or a {@code ;} is compared by Spring MVC after
 * decoding it and removing its parameters, so such a path is looked up as Spring MVC
 * alone would.
 */
final class LiteralPrefixHandlerMapping extends RequestMappingHandlerMapping {

	// The path being looked up, for getMatchingMapping, which Spring MVC calls with the
	// request only (the request's own attribute for it is behind every request wrapper).
	private static final ThreadLocal<String> LOOKUP_PATH = new ThreadLocal<>();

	private final Map<RequestMappingInfo, String[]> prefixes = new ConcurrentHashMap<>();

	@Override
	protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
		if (lookupPath.indexOf('%') >= 0 || lookupPath.indexOf(';') >= 0) {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		LOOKUP_PATH.set(lookupPath);
		try {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		finally {
			LOOKUP_PATH.remove();
		}
	}

	@Override
	protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
		String path = LOOKUP_PATH.get();
		if (path != null
				&& !beginsWithAny(path, this.prefixes.computeIfAbsent(info, LiteralPrefixHandlerMapping::prefixesOf))) {
			return null;
		}
		return super.getMatchingMapping(info, request);
	}

	private static boolean beginsWithAny(String path, String[] prefixes) {
		for (String prefix : prefixes) {
			if (path.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

	/** Each pattern's text before its first variable or wildcard; "" matches anything. */
	static String[] prefixesOf(RequestMappingInfo info) {
		PathPatternsRequestCondition condition = info.getPathPatternsCondition();
		if (condition == null) {
			return new String[] { "" };
		}
		Set<PathPattern> patterns = condition.getPatterns();
		return patterns.stream().map((pattern) -> literalPrefix(pattern.getPatternString())).toArray(String[]::new);
	}

	static String literalPrefix(String pattern) {
		for (int i = 0; i < pattern.length(); i++) {
			char c = pattern.charAt(i);
			if (c == '{' || c == '*' || c == '?') {
				return pattern.substring(0, i);
			}
		}
		return pattern;
	}

}
