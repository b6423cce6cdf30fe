package id.zonaintegritas.shared;

import java.net.URI;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the public reaches the portal ({@code portal.public-base-url}): every absolute
 * link the portal writes (the feed, the sitemap, canonical links, what a printed page
 * says it came from) starts here, never with the Host header of the request, which any
 * client can set.
 */
@Component
public class PublicAddress {

	private final String base;

	PublicAddress(@Value("${portal.public-base-url:http://localhost:8080}") String base) {
		URI uri = URI.create(base.strip());
		if (uri.getScheme() == null || uri.getHost() == null
				|| !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
			throw new IllegalArgumentException(
					"portal.public-base-url must be an absolute http(s) address, for instance https://zi.example.go.id");
		}
		this.base = base.strip().replaceAll("/+$", "");
	}

	/**
	 * @param path a path of the portal, starting with {@code /}
	 * @return the absolute address the public opens it at
	 */
	public String of(String path) {
		return this.base + path;
	}

}
