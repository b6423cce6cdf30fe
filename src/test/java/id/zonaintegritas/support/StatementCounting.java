package id.zonaintegritas.support;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts and keeps the SQL statements each test thread sends (datasource-proxy), so that
 * a test can prove a page's statement count does not grow with the data (no N+1 can come
 * back unnoticed), see which tables a request reads or writes, and how many transactions
 * it commits.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounting {

	private static final ThreadLocal<List<String>> SENT = ThreadLocal.withInitial(ArrayList::new);

	private static final ThreadLocal<int[]> COMMITS = ThreadLocal.withInitial(() -> new int[1]);

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof DataSource dataSource
						&& !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
					return ProxyDataSourceBuilder.create(dataSource)
						.name(name)
						.countQuery()
						.afterQuery((execution,
								queries) -> queries.stream().map(QueryInfo::getQuery).forEach(SENT.get()::add))
						.afterMethod((call) -> {
							if (call.getTarget() instanceof Connection && "commit".equals(call.getMethod().getName())) {
								COMMITS.get()[0]++;
							}
						})
						.build();
				}
				return bean;
			}

		};
	}

	/** Statements sent by this thread since the last {@link #reset()}. */
	public static long statements() {
		return QueryCountHolder.getGrandTotal().getTotal();
	}

	/** The SQL of the statements sent by this thread since the last {@link #reset()}. */
	public static List<String> sql() {
		return List.copyOf(SENT.get());
	}

	/** Transactions this thread committed since the last {@link #reset()}. */
	public static int commits() {
		return COMMITS.get()[0];
	}

	public static void reset() {
		QueryCountHolder.clear();
		SENT.get().clear();
		COMMITS.get()[0] = 0;
	}

}
