package id.zonaintegritas.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How public pages are cached for anonymous visitors.
 *
 * @param maxAge how long browsers and proxies may reuse a page, and the longest the
 * portal keeps a rendered one
 * @param cacheSize memory for rendered pages (least recently used go first); 0 keeps none
 * @param largestPage pages larger than this are never kept
 * @param versionCheckInterval how often the portal asks the database whether public data
 * changed; a change made elsewhere (another instance, psql) shows after at most this long
 * @param renderingWait how long a request waits for the same page that another request is
 * rendering, before it renders the page itself
 */
@ConfigurationProperties("portal.public-pages")
record PublicPageProperties(@DefaultValue("60s") Duration maxAge, @DefaultValue("64MB") DataSize cacheSize,
		@DefaultValue("512KB") DataSize largestPage, @DefaultValue("1s") Duration versionCheckInterval,
		@DefaultValue("10s") Duration renderingWait) {
}
