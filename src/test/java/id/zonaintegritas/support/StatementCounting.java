package id.zonaintegritas.support;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements each test thread sends (datasource-proxy), so that a test can
 * prove a page's statement count does not grow with the data: no N+1 can come back
 * unnoticed.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounting {

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof DataSource dataSource
						&& !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
					return ProxyDataSourceBuilder.create(dataSource).name(name).countQuery().build();
				}
				return bean;
			}

		};
	}

	/** Statements sent by this thread since the last {@link #reset()}. */
	public static long statements() {
		return QueryCountHolder.getGrandTotal().getTotal();
	}

	public static void reset() {
		QueryCountHolder.clear();
	}

}
