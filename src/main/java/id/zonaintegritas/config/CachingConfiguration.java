package id.zonaintegritas.config;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;

/**
 * Caffeine caches (see {@code spring.cache.*}): reference lists and public statistics,
 * for at most a minute, evicted at once by the commands that change them.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class CachingConfiguration {

}
