package id.zonaintegritas.config;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.ClassUtils;

/**
 * Demo mode loads the demo data of the seed articles. {@code portal.demo.enabled} decides
 * when set; otherwise demo mode is on exactly when the embedded development database is
 * used, so that a production server never receives demo data by accident.
 */
public class DemoMode implements Condition {

	static final String PROPERTY = "portal.demo.enabled";

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		String configured = context.getEnvironment().getProperty(PROPERTY);
		if (configured != null && !configured.isBlank()) {
			return Boolean.parseBoolean(configured.trim());
		}
		boolean embeddedAvailable = ClassUtils.isPresent("io.zonky.test.db.postgres.embedded.EmbeddedPostgres",
				context.getClassLoader());
		return embeddedAvailable && new NoDatasourceUrlCondition().matches(context, metadata);
	}

}
