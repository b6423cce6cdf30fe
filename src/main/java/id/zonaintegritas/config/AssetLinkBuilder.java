package id.zonaintegritas.config;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Links as the templates write them, except a static file's, which gets its content hash
 * (so that browsers may keep it for a week). It replaces Spring's
 * ResourceUrlEncodingFilter, which wrapped every request and response to do the same
 * through {@code encodeURL}: a rendered directory page spent 6 % of its CPU in those
 * wrappers. The portal tracks sessions by cookie only, so no other link needs encoding.
 */
final class AssetLinkBuilder extends StandardLinkBuilder {

	static final String ASSETS = "/assets/";

	private final ObjectProvider<ResourceUrlProvider> urls;

	private final Map<String, String> versioned = new ConcurrentHashMap<>();

	AssetLinkBuilder(ObjectProvider<ResourceUrlProvider> urls) {
		this.urls = urls;
	}

	@Override
	protected String processLink(IExpressionContext context, String link) {
		String contextPath = (context instanceof IWebContext web) ? web.getExchange().getRequest().getApplicationPath()
				: "";
		if (!link.startsWith(contextPath + ASSETS)) {
			return link;
		}
		String known = this.versioned.get(link);
		if (known != null) {
			return known;
		}
		String lookedUp = this.urls.getObject().getForLookupPath(link.substring(contextPath.length()));
		if (lookedUp == null) {
			return link;
		}
		String hashed = contextPath + lookedUp;
		this.versioned.put(link, hashed);
		return hashed;
	}

}
