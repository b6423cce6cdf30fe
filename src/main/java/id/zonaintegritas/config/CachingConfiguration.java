package id.zonaintegritas.config;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;

/**
 * The Caffeine cache of rendered public pages ({@link PublicPageCache}), sized by
 * {@link PublicPageCaching}; its statistics are published as metrics. What the pages are
 * made from is kept per public data version ({@code shared.PublicDataVersion}), not here.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class CachingConfiguration {

}
